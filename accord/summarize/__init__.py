"""Summary selection: score facts, then pick them under the word budget with MMR diversity.

``select(facts, articles, options)`` returns verbatim article sentences, each citing every article
that supports its fact. Scoring is pluggable (``accord.summarize.scorers``); budgeting and diversity
are shared here so that every scorer is held to the same rules.
"""
from __future__ import annotations

import heapq
import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from typing import Any, Callable, Sequence

import numpy as np
from scipy.sparse import diags

from accord.model import SPEAKER_TAG, TITLE_LABEL, Article, Cited, Fact, Mention, Sentence
from accord.options import DEFAULT, Options
from accord import tfidf
from accord.clean import POST, page_sentence
from accord.patterns import Alternatives, Screened, written_apart, written_bounded
from accord.analyse.entities import TITLES
from accord.analyse.numbers import in_digits
from accord.analyse.rules import OFFICES
from accord.summarize import coherence, events, features, pointers, roles, scorers
from accord.summarize.given_names import GIVEN_NAMES
from accord.words import MONTH_NAMES_CAPITALISED, STOP_WORDS, is_timestamp, reporting

__all__ = ["select", "choose", "candidates", "bounded", "roundups", "teasers", "teaser", "strays", "posts"]


def _words(text: str) -> int:
    return len(text.split())


def select(facts: Sequence[Fact], articles: Sequence[Article], options: Options = DEFAULT,
           stated: Callable[[Fact], int] | None = None) -> list[Cited]:
    """Pick facts for the summary: a lead first, then best score first, skipping near-repeats and
    sentences that lean on a person or speaker the summary never named, within ``options.words``.

    ``stated`` counts the independent outlets the support check finds stating a candidate as it
    stands; among sentences of similar value the one more outlets state is taken (``_Context.prefer``),
    so the summary says what the story's accounts share, and cites them. Asked only of candidates
    alignment found told by several articles and only when one comes near the best: a check is costly.

    Shorter lower-ranked facts may still fill the room left. With ``options.summary_fill`` the best
    next fact is taken even when it crosses the budget, as the last one (a reader that cuts at the
    budget, like ROUGE, reads its start rather than a weaker shorter fact); without it (the default,
    and the eval's since coherence72) the summary ends on a whole sentence within the budget: blind
    readers marked the cut-off last sentence as a flaw in nearly every summary. Only a lede longer
    than the whole budget, or a story with no sentence that fits, crosses it (never an empty summary). A teaser or the page's furniture (``teaser``) is taken only when the story
    gives no summary without it.
    """
    off = roundups(facts, options) | strays(articles, options.summary_stray_similarity) | teasers(articles, options)
    post = posts(facts, articles, options.summary_post_sentences)
    first = _first_stopped(facts)
    post |= listed(facts, articles)  # the rest of a bulleted list item (its bullet's sentence: ``usable``)
    facts = [f for f in candidates(facts, first) if _position(f) not in post]
    if options.summary_titles:
        facts += features.title_facts(list(articles))
    facts = [f for f in facts if _position(f)[0] not in off]
    if options.words <= 0:
        return []
    plain = [f for f in facts if not teaser(f.text)]  # (coherence32) no teaser while the story has news
    chosen = _chosen(plain, first, options, stated, articles) if plain else []
    if not chosen and len(plain) < len(facts):  # a page that is all teaser keeps its lead-in: less is none
        chosen = _chosen(facts, first, options, stated, articles)
    return chosen


def _chosen(facts: list[Fact], first: dict[str, int], options: Options, stated: Callable[[Fact], int] | None,
            articles: Sequence[Article]) -> list[Cited]:
    """``choose`` over the candidates ``select`` kept, the best ``summary_max_candidates`` of them."""
    facts = bounded(facts, options.summary_max_candidates)
    if not facts:
        return []
    scorer = scorers.get(options.summary_scorer)
    view = features.view(facts, list(articles), embed=scorers.uses(scorer, "emb_centrality"), options=options)
    heads = {f.text for f in facts if not stopped(f.text) and _position(f)[0] in first}  # not a cut lede
    return [replace(c, text=features.headline_sentence(c.text) or c.text) if c.text in heads else c
            for c in choose(view, scorer(view), options, stated, affinity(articles, options))]  # a headline kept (``candidates``) gets its stop


_TITLES_OFFICES = TITLES | OFFICES  # words before a name that make it a person's ("President", "Judge")


def _person_in_full(words: list[str], surname: str) -> bool:
    """Whether a PERSON run's ``words`` name ``surname`` (folded) as a person's beyond doubt: after a
    given name ("Mark Zuckerberg") or with a title or an office in the run ("President Andrzej Duda")."""
    return (len(words) >= 2 and coherence.fold_name(words[-1]) == surname
            and (words[-2] in GIVEN_NAMES or any(w.lower().rstrip(".") in _TITLES_OFFICES for w in words[:-1])))


# A caption written into the text: "Tokayev (pictured above in 2019) on Wednesday …", "Smith (left)
# and Jones …" — a photo's description reused under a later story, so its weekday belongs to another
# week. A real sentence, so cleaning keeps it; the summary and the timeline leave it out. Only a
# parenthesis that is a picture's position, never "(R-Texas)" or "(seen as a moderate)".
PICTURED = re.compile(
    r"\((?:pictured|photographed)\b[^)]{0,60}\)"
    r"|\((?:left|right|centre|center|above|below|inset|top|bottom|top left|top right|bottom left|"
    r"bottom right|far left|far right|second left|second right|from left|left to right|L|R|C|L-R)\)"
    r"|\bpictured (?:above|below|here|left|right)\b", re.I)
# Sentences that are not whole: cut by the page ("…", "..."), cut after a title ("Mr. Avenatti said
# Ms.") or before a quotation (…, the court papers said. “), ending on the colon that introduces
# what follows, a pulled quote's attribution line ("— Claire Danes, asked how…"), the rest of a
# sentence cut at a ticker ("Jimmy Choo CHOO.| L for $1.2 billion"), holding a link or a handle, or
# a lede the feed cut mid-sentence, ending on a word that cannot end one ("… transform fears about
# immigration into"): joined to the next sentence it reads "into A huge procession of …".
BROKEN = re.compile(r"(?:\.\s?\.\s?\.|…)[\"”’)]*$|\s[“\"‘]$|:$|^[—–-]\s|^(?:--|[—–])(?=[A-Z“\"])|^[B-HJ-Z]\s+[a-z]|\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|Gen|Lt|Col|Sgt|St|Prof|No)\.$"
                    r"|https?://|www\.\w|(?<![\w.])@\w{2,}"
                    r"|\s(?:into|of|the|a|an|to|and|or|for|with|by|from|at|in|on|as|that|than|about|over|after|"
                    r"before|their|his|her|its|is|was|are|were|has|have|had|will|would)$")


_MONTH = MONTH_NAMES_CAPITALISED + r"\.?"  # the shared month table, names and abbreviations
# A photo's caption or credit run into the text by the page ("Image copyright AFP Image caption The man
# was …", "… liked what he heard. REUTERS/Jonathan Ernst Sen. Bernie …", "Enlarge Image Close Getty
# Images LeBron …", "FILE - In this Thursday, Jan. 17, 2013, file photo, …", "… who knocks.
# Advertisement Plus, …"): the sentence it is glued to reads as page furniture, whatever else it says.
CAPTION = re.compile(r"\bImage (?:copyright|caption)\b|\bEnlarge Image\b|\b(?:Photo|Image|Picture)s?: [A-Z]"
                     r"|\b[A-Z]{2,}/(?:[A-Z][a-z]+ [A-Z][a-z]+|Getty Images)\b|\bFILE (?:-|–|—) |\bfile photo\b"
                     r"|[.!?][\"”’]?\s+Advertisement\s+[A-Z]"
                     # an agency photo's caption without its date: a name (and its title set off by
                     # commas), then the picture's present-tense verb and where ("John Conyers, D-Mich.,
                     # speaks on Capitol Hill in Washington during a hearing."); news tells the past
                     r"|^(?:[A-Z][\w.'’-]*,?\s+){1,4}(?:[^\"“”]{0,80}?,\s+)?(?:speaks|poses|looks on|gestures|waves|"
                     r"smiles|listens|arrives|attends|reacts|testifies|walks|sits|stands)(?:\s+to\s+[\w ]{1,40}?)?"
                     r"\s+(?:at|in|on|during|outside|before|after|with|near|from|for)\b[^\"“”]{0,160}$"
                     # a dated agency caption: the picture's place, then its day, no "on" between, as
                     # prose writes it ("… in Newtown, Connecticut December 14, 2014.", "… in Paris,
                     # April 22, 2015."; never "… said on April 22, 2015." nor a quoted letter's date)
                     r"|\b[A-Z][\w.]*,?\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?" + _MONTH +
                     r"\s+\d{1,2},\s+\d{4}\.?\)?(?:\s*\((?:AP|AFP)\b[^)]*\)?)?$"
                     # a video's running time ("Wedding costs soar to new highs (3:40) As Americans …"),
                     # a photographer's credit ("(AP Photo/Reed Saxon)", "(Photo by …", "(Sarah
                     # Parnass/The Washington Post)")
                     r"|\(\d{1,2}:\d{2}\)\s+[A-Z]|\((?:AP Photo|Photo by|Getty Images)\b"
                     r"|\((?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w'’-]+/(?:The\s+)?[A-Z][\w&.' ]{1,40}\)")


# Not the news but the paper or the newsroom talking: an editor's note in the text ("(Update: …)"), a journal abstract's reference numbers run into
# its words ("… as a fuel1,2,3 …", "… catalysts4,5,6."), its authors' voice ("Here we show …", "We
# report …"), and a reporter's note that someone could not be reached ("The Associated Press left a
# message seeking comment", "did not immediately respond to a request for comment"): read in a summary
# they are a stale line about the reporting, not a fact of the story.
NOT_NEWS = re.compile(r"\((?:Update|UPDATE|Updated|Editor['’]s [Nn]ote)\b[^)]*\)|\b[a-z]{3,}\d{1,3}(?:[,–-]\d{1,3})+\b|\b[a-z]{3,}\d{1,2}[.,;](?=\s|$)"
                      r"|^(?:Here,?\s+)?[Ww]e\s+(?:show|report|demonstrate|present|describe|propose|test|tested|"
                      r"examined?|investigated?|hypothesi[sz]ed?|(?:find|found) that)\b"
                      r"|\bleft (?:a )?messages? (?:seeking|for|with)\b"
                      r"|\b(?:did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t|could not|couldn['’]t)\s+(?:immediately\s+)?"
                      r"(?:respond(?:ed)?|return(?:ed)?|reply|replied|be reached)\b(?:\s+to)?(?:\s+(?:a|an|several|repeated|multiple)?\s*"
                      r"(?:requests?|messages?|calls?|e-?mails?|inquiries))?(?:\s+(?:for|seeking)\s+comment)?"
                      r"(?=[^.]{0,40}\.?[\"”’]?$)")


# The page speaking to its reader, not the story: an instruction opening the sentence ("Go to the
# Coursera website and create an account …", "Read on for the backstage reactions …", "Click below to
# sign the Petition.", "Watch it here."), a broadcast's promo with its air time ("Lester Holt anchors
# from South Korea on Monday and Tuesday, April 3 and 4, at 6:30pm ET."), an agency graphic's
# specification ("Graphic shows …; 3c x 5 inches; 146 mm x 127 mm;") and an encyclopedia's reference
# marks ("… a second canon of scripture[9] and …"). A reader of a brief meets them as a stray line of
# another page. Only the imperative as the sentence's first word, before an object or a particle:
# "Share prices fell", "Follow-up tests showed", "Watch groups said" are news.
SERVICE = re.compile(r"^(?:Click|Tap|Visit|Subscribe|Register|Download|Scroll|Watch|Listen|Follow|Share|Join|Call|"
                     r"Email|E-mail|Enter|Search|Read|Sign|Log|Check|Go|Learn|Find|Create|Submit|Send|Tune)\s+"
                     r"(?:the|this|these|our|your|us|it|them|here|now|below|above|on|up|in|to|for|more|out|at|an?)\b"
                     r"|\b(?:airs?|aired|anchors|tune in|streams?|broadcasts?)\b[^.!?]{0,80}?\b\d{1,2}(?::\d{2})?\s?"
                     r"(?:[ap]\.?m\.?)\s?(?:ET|EST|EDT|PT|PST|PDT|CT|CST)\b"
                     r"|\b\d{1,2}c x \d{1,2}(?:\.\d+)? inches\b|\b\d{2,3} mm x \d{2,3} mm\b"
                     r"|[a-z][.,;:]?\[\d{1,3}\]")


# (coherence32, issue 13) A teaser or the page's furniture inside a sentence, which promises or labels what
# the summary never gives: a listicle's promise after its lead-in ("…, here are 20 of her most memorable
# bits.", "… we've collected her funniest moments."; "Celebuzz has compiled the best of …"), the page telling
# its reader to look ("Take a look at the photos below."), a section label run into the text ("PHOTOS: …",
# "► Related: …", "… the vote. Related: Senate …"), a credit ("Copyright 2015 The Associated Press.",
# "© 2014 …", "All rights reserved."), a press release's "###" end mark, and a paper's
# reference numbers the splitter left opening the next sentence ("41 , 42 A recent review found …").
# Not news with the same words: "25,000 National Guard troops …" (a thousands comma, no space), "there are 20 …", "the people here are angry" (no "here are" opening a
# clause), "Police have compiled a list of suspects" (a list of no best-of), "Officials will take a look at
# the data" (no imperative opening a clause), "He sued over copyright in 2015", "#MeToo", "aged 41, 42 and 45".
TEASER = re.compile(r"(?:^|[,;:—–]\s*)[Hh]ere(?:['’]s| is| are)\s+(?:\d+|(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\b|a few|some|a look|(?:the|our)\s+(?:best|top|funniest|"
                    r"most|greatest|highlights|photos|pictures|reactions))\b"
                    r"|\b(?:[Ww]e(?:['’]ve| have)?|has|have)\s+(?:collected|compiled|rounded up|put together|gathered|"
                    r"assembled|curated)\s+(?:(?:a|our)\s+(?:list|roundup|round-up|gallery|slideshow)\s+of\s+(?:the\s+)?"
                    r"(?:best|top|funniest|most|greatest|favou?rite|\d+)|(?:some|\d+|a few)\s+of\s+(?:the|their|his|her|its|our)\s+"
                    r"(?:best|top|funniest|most|greatest|favou?rite)|(?:the|her|his|their|its|our)\s+(?:best|top|funniest|"
                    r"most memorable|greatest|favou?rite)\b)"
                    r"|(?:^|[,;:—–]\s*)(?:[Tt]ake|[Hh]ave) a (?:look|peek|gander)\b|^(?:Keep|Continue) reading\b"
                    r"|\b(?:PHOTOS?|PICTURES|VIDEOS?|GALLERY|SLIDESHOW|WATCH|LISTEN)\s*:"
                    r"|[►▶]|(?:^|[.!?][\"”’]?\s+)(?:RELATED|Related|SEE ALSO|See also|READ MORE|Read more)\s*:\s"
                    r"|(?:^|[.!?][\"”’]?\s+)(?:Copyright|COPYRIGHT)\s*(?:©|\([Cc]\)|\d{4}\b)|©\s*\d{4}\b|\bAll [Rr]ights [Rr]eserved\b"
                    r"|(?:^|\s)#{3,}(?:\s|$)|^\d{1,3}(?:(?:\s,\s?|,\s)\d{1,3})+\s+[A-Z](?:[a-z]|\s)"
                    r"|[a-z][.,]?\s\d{1,3}\s,\s\d{1,3}(?:\s,\s\d{1,3})*\s+[A-Z](?:[a-z]|\s)")


def teaser(text: str) -> bool:
    """Whether a sentence holds a teaser or the page's furniture (``TEASER``): in a summary it promises
    or labels what the summary never gives (protocol C, issue 13). The summary takes none while its story
    has other sentences; a page that is nothing but its teaser keeps it (an empty summary tells less
    still). (coherence32)"""
    return _TEASER.found(text)


# The same tests, each branch tried only when a word it needs is in the text (``accord.patterns``):
# ``usable`` asks them of every sentence of every article, and most sentences hold none of the words
_PICTURED, _CAPTION, _NOT_NEWS = Alternatives(PICTURED), Alternatives(CAPTION), Alternatives(NOT_NEWS)
_SERVICE = Alternatives(SERVICE)
_TEASER = Alternatives(TEASER)
_BROKEN = Alternatives(BROKEN)


# A list item ("* His four-point lead among those … has flipped …", "• In the Bay Area, they allegedly
# glued …"): a bullet opens it, and it reads on the list's lead-in ("To wit:") and the items beside it.
# Only a bullet sign: a dash opens a dateline's rest ("- A Flagler County woman …") and a figure with a
# stop ends a date ("Oct. 27. On that day …"), which the splitter cut there.
_LIST_ITEM = re.compile(r"^[*•▪●◦‣∙]\s")


def list_item(text: str) -> bool:
    """Whether ``text`` is an item of a bulleted list (``_LIST_ITEM``): cut from its list, with its
    bullet, it reads as an orphan (C18, mn-val-177: "* His four-point lead …" after a sentence that
    named no list). Not a sentence with a star inside it ("Her 5* rating …") nor a dash. (coherence22)"""
    return bool(_LIST_ITEM.match(text.strip()))


# A sentence whose subject the splitter cut ("King Features, was directed by …" of "The cartoon, a
# collaboration between dBpm Records and Blow Me Down! King Features, was directed by …"): one to four
# capitalised words, a comma, then the verb with no subject before it. English puts no comma between a
# subject and its verb, so the words before the comma end an apposition whose head went with the cut.
# Not "And, said Malkan, …" (an inverted "said"), nor a question ("Still, is it true?").
_CUT_SUBJECT = re.compile(r"^(?!(?:And|But|Yet|So|Or|Still|Now|Then|Today|However|Indeed|Also)\b)"
                          r"(?:[A-Z][\w'’&.-]*\s+){0,3}[A-Z][\w'’.-]*,\s+(?:was|is|were|are|has|had|have|will|would)\s")


def cut_subject(text: str) -> bool:
    """Whether ``text`` opens on the end of an apposition and then its verb (``_CUT_SUBJECT``): the
    splitter cut the subject off at a "!" or a stop inside a name, and the summary would print a
    fragment (C18, mn-val-213). Not a sentence whose name is its subject ("King Features directed
    it, …"), nor one with a clause before the verb ("Smith, who was charged, is …"). (coherence22)"""
    t = text.strip()
    return not t.rstrip("\"”’')").endswith("?") and bool(_CUT_SUBJECT.match(t))


@lru_cache(maxsize=65536)
def usable(text: str) -> bool:
    """Whether a sentence can stand in a summary at all: whole, not cut short (an ellipsis at its
    end, a title or an open parenthesis where the splitter cut it), not half a dialogue, not an item of a
    bulleted list (``list_item``) or a fragment the splitter cut its subject off (``cut_subject``), not a caption written into the text (``PICTURED``) or run into it
    by the page (``CAPTION``), not a line of the page (``SERVICE``; a time stamp alone, ``words.is_timestamp``; ``accord.clean.page_sentence``:
    cleaning removes most, but keeps a social-media post the article embeds, which is the poster's words,
    not the story told). Memoised per text: candidates, selection and the timeline each ask it of the
    same sentences."""
    text = text.strip()
    return (bool(text) and not _BROKEN.found(text) and not DIALOGUE.match(text) and not _PICTURED.found(text)
            and not _shouted(text) and not _table(text) and not list_item(text) and not cut_subject(text)
            and not _CAPTION.found(text) and not _NOT_NEWS.found(text) and not _SERVICE.found(text)
            and text.count("(") <= text.count(")") and page_sentence(text) is None and not is_timestamp(text))


# A short sentence whose "also" adds to the one before it ("Dozens of people were also injured.",
# "Investigators also discovered several bags"): alone it leans on a statement the summary may not hold
_ALSO = re.compile(r"^(?:[\w'’,-]+\s+){1,5}also\b")


_ANOTHER = re.compile(r"^[\"“‘']?(?:Another|A second|A third|The other|Other)\s+[a-z]")
# (coherence29) a follow-up that counts off a group the event made ("Of the 12 arrested on Saturday, seven were
# booked …", "Of those hurt, two remain in hospital"): it reads after the event is told, never before it
# (protocol C29, two readers: "opens on a follow-up line before the event"). Not "Of course", nor "Of all
# the …", a superlative's frame that tells its own news.
_COUNTS_OFF = re.compile(r"^[\"“‘']?Of\s+(?:the|those|these|them)\b(?!\s+(?:course|note)\b)[^,]{1,80},\s+"
                         r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                         r"some|many|most|all|none|half|several|few|only|at\s+least|about|nearly|more\s+than)\b", re.I)


# (coherence31) a reaction before the event it reacts to: the lede's main verb judges a thing the sentence
# names only by "the"/"this" and a bare noun ("Heather Sculthorpe … called the work an “insult.”", "Critics
# slammed the decision"): the reader meets the verdict before
# learning what the work or the decision is (protocol C30's Multi-News readers: "reaction first"). Not a
# thing the sentence itself says ("called the decision to close the plant a mistake", "criticized the
# city's plan", "the work of local artists"), nor an event verb ("suspended the work").
_REACTION = re.compile(
    r"^[^“\"]{0,120}?\b(?:called|calls|branded|brands|described|describes|labeled|labelled|dubbed|slammed|slams|"
    r"blasted|blasts|criticized|criticised|criticizes|condemned|condemns|denounced|denounces|praised|praises|"
    r"hailed|hails|welcomed|welcomes|applauded|decried|lambasted|panned)\s+(?:the|this|that|these|those|it|them)"
    r"(?:\s+(?:move|decision|work|plan|ruling|verdict|announcement|proposal|idea|piece|project|act|remarks?|"
    r"comments?|statement|performance|policy|deal|report|findings?|claims?|attack|incident|stunt|show|film|book|"
    r"episode|video|post|tweet|photos?|image))?(?=\s+(?:an?|as|one)\s|\s*[“\".]|\s*,(?!\s*(?:which|that|who)\b))",
    re.I)


def reacts(text: str) -> bool:
    """Whether ``text`` opens on a reaction to a thing it names only by "the"/"this" and a bare noun
    (``_REACTION``): it reads after the event, never before it (coherence31)."""
    return bool(_REACTION.match(text.strip()))


# (selection24) a discourse marker that names what it answers by pointing ("In this case, moments after
# …" after its article's "Typically, the players warm up …"; "Since then, …", "For that reason, …"):
# out of its place the reader has no "this case" (protocol C21, mn-val-37). Not a case the sentence
# names itself ("In a case that shocked the town, …", "In the case of the missing girl, …"). Not "In
# response, …" either: read blind (selection24, mn-val-235), the sentence taken in its place retold the
# sanctions vote a third time and the reader preferred the threat it reported.
_POINTING_MARKER = re.compile(
    r"^[\"“‘']?(?:in\s+(?:this|that|each|both|either|neither|such|these|those)\s+(?:case|cases|instance|instances)"
    r"|in\s+(?:this|that|the\s+same)\s+way|to\s+(?:this|that)\s+end|for\s+(?:this|that|these|those)\s+reasons?"
    r"|because\s+of\s+(?:this|that)|(?:since|by|until|even|before|after)\s+then|(?:after|before)\s+that"
    # (coherence66) a time or a condition only the sentence before set: "At the time, …", "At that point, …",
    # "If so, …" (not "This time, …": a summary's own "another ruling" or "again" sets it as often)
    r"|at\s+the\s+time|at\s+that\s+(?:time|point|moment)|if\s+(?:so|not)"
    r"|in\s+turn)\s*,", re.I)
# ... and a partitive over a pointing word ("One of those buildings is the town church", "Two of them
# were …"): a set only the sentence before defined (C21, mn-val-158: "those buildings" read as the homes
# and buildings the summary spoke of, not the ones being moved). Not a set the sentence defines ("One of
# those killed was …", "Some of those who …", "One of the victims …").
_PARTITIVE = re.compile(
    r"^[\"“‘']?(?:one|some|many|most|all|each|both|neither|none|several|a\s+few|few|half|two|three|four|five|six|"
    r"seven|eight|nine|ten|any|either|the\s+(?:rest|last|first|other))\s+of\s+"
    r"(?:them|(?:these|those)\b(?!\s+(?:who|whom|whose|that|which|with|in|at|on|from|of|for|under|over|near|"
    r"inside|aboard|still|already|[a-z]+ed|killed|hurt|left|taken|held|seen|shot|known)\b))\b", re.I)


# (coherence63) ... and a bare "that"/"this" standing for what the sentence before said, as the subject or after
# an opening preposition or adverb ("With that, the chief executive did what he had to do.", "At least that
# has barbecue sauce.", "That's why the mayor resigned.", "Despite this, the company kept its forecast.") or
# a marker over a set counted before ("In each one, the mice …", "In both of them, …"): read after another
# sentence the pointer takes that one's matter (protocol C, reader's flaw "a pointer whose set-up was left
# out"). Not a demonstrative before its noun ("That decision was …", "With that money, …", "This week, …":
# a noun, never a verb or a comma, follows), nor "that" as a conjunction inside the sentence, nor a quotation
# (``quoted_pointer`` reads those: a quoted "That's …" is its speaker's, whose words the summary attributes).
_BARE_POINTER = re.compile(
    r"^(?:(?:and|but|so|yet|even|still|at\s+least|with|despite|beyond|besides|apart\s+from|aside\s+from|"
    r"on\s+top\s+of|for\s+all|because\s+of|given|after\s+all)\s*,?\s+)?"
    # a verb right after it (its third person -s or past: "this show" and "that mark" are nouns), not the month
    # (review108 F1) and in lower case: "This Changed Everything, a documentary …" is a title, not a pointer
    r"(?:that|this)(?:\s*,|['’]s\b|\s+(?!May\b)(?-i:is|was|isn['’]t|wasn['’]t|has|had|hasn['’]t|will|would|could|can|"
    r"may|might|should|must|does|did|doesn['’]t|didn['’]t|comes|came|means|meant|makes|made|leaves|left|seems|seemed|"
    r"sounds|sounded|marks|marked|follows|followed|explains|explained|includes|included|puts|prompted|led|raises|"
    r"raised|remains|remained|changed|helps|helped|gives|gave|shows|showed|suggests|suggested)\b(?![-’']))"
    r"|^in\s+(?:each|both|either|neither|every)\s+(?:one|ones|instance|of\s+(?:them|these|those|the\s+two|the\s+three))\s*,",
    re.I)


def leans_back(text: str) -> bool:
    """Whether ``text`` opens on a marker or a partitive that points at what its article said just before
    (``_POINTING_MARKER``, ``_PARTITIVE``) or on a bare "that"/"this" standing for it (``_BARE_POINTER``):
    such a sentence reads only right after that sentence."""
    return bool(_POINTING_MARKER.match(text) or _PARTITIVE.match(text) or _BARE_POINTER.match(text))


def _adds_to_previous(text: str) -> bool:
    """Whether ``text`` is a short addition to the sentence before it (``_ALSO``, ten words at most)."""
    return len(text.split()) <= 10 and text[:1] not in "“\"‘'" and bool(_ALSO.match(text))


# a quotation opening on a verdict about what came before: "“This is surprising,” …", "“That was
# unexpected, as …”" (this/that, a form of "be", at most an adverb, one word, then a stop or a comma)
_QUOTED_VERDICT = re.compile(r"^[\"“‘']\s*(?:this|that)\s+(?:is|was|'s|’s)\s+(?:(?:not|very|really|quite|so|also|"
                             r"especially|particularly|pretty|rather|entirely|completely|truly|highly)\s+)?"
                             r"[a-z]+[-a-z]*\s*[,.!;:—–\"”’]", re.I)


# A sentence that announces what its article tells next and tells none of it itself: "This is not the
# first time a registered sex offender has struck it rich." (the earlier case is the next sentence),
# "It isn't the first time the firm has been fined.", "Here are the details." Left without that next
# sentence it is a dangling aside (protocol C18, mn-val-136). Not one that gives the earlier case or the
# list itself after a colon, a dash or a semicolon, or with a figure ("… — back in September they …",
# "Here are two lessons: First, …", "… the first time since 2009").
_ANNOUNCES = re.compile(r"\b(?:is|was|isn['’]t|wasn['’]t|['’]s)\s+(?:not\s+|hardly\s+|far from\s+)?the first (?:time|such|case|incident)\b"
                        r"|^(?:Nor|Neither) (?:is|was) (?:this|it|that) the first\b"
                        r"|^Here(?:['’]s| is| are)\s+(?:what|how|why|the details|more|a look|some|everything)\b"
                        # (coherence35) a message announced, given only by the next sentence: "Banks had a
                        # message for the gangs.", "He had this to say." (not "a message of hope", which says it)
                        r"|\b(?:had|has|have)\s+(?:a|this|one|some|a\s+simple|a\s+clear|a\s+blunt)\s+"
                        r"(?:message|warning|advice|words?|plea|request)(?:\s+(?:for|to)\s+[^.,;:!?]{1,40})?\s*[.!]?[\"”’']?\s*$"
                        r"|\bhad\s+this\s+to\s+say\b[^.,;:]{0,30}[.]?\s*$", re.I)
_ANNOUNCES_ANY = Alternatives(_ANNOUNCES)  # (speed22) whether it is there, each branch only where its word is
_NEGATED_FIRST = re.compile(r"\b(?:not|hardly|far from|nor|neither)\b|n['’]t\b", re.I)

# (coherence33) a set-up that negates a "that"/"whether" clause and leaves its answer to the next sentence:
# "The weirdest part of the story is not that it happened at all." (its article goes on "It's that …"),
# "The problem isn't that the city lacks money.", "It's not that he doesn't care." Alone in a summary the
# reader never learns what the point is (protocol C33's readers: "a set-up whose answer was dropped").
# Not a degree word before an adjective ("not that simple", "isn't that big of a deal": no subject after
# "that"), nor a sentence that gives the answer itself (", but when", "; it's that …", "— rather, …").
_SET_UP = re.compile(r"(?:\b(?:[Ii]s|[Ww]as|[Aa]re|[Ww]ere)\s+not|\b(?:[Ii]sn|[Ww]asn|[Aa]ren|[Ww]eren)['’]t|['’]s\s+not)\s+"
                     r"(?:just\s+|only\s+|simply\s+|merely\s+|so\s+much\s+|really\s+|necessarily\s+)?(?:that|whether)\s+"
                     r"(?:the|a|an|he|she|it|they|we|you|I|there|his|her|its|their|our|my|no|people|"
                     r"[A-Z][\w'’-]*)\b")
_SET_UP_SCREENED = Screened(_SET_UP)  # (speed28) a sentence without "that"/"whether" is not searched
_SET_UP_ANSWERED = re.compile(r"[:;—–]|\s-\s|,?\s+but\b|\b(?:rather|instead)\b|\b(?:it|it['’]s|it\s+is|it\s+was)\s+that\b", re.I)


def sets_up(text: str) -> bool:
    """Whether ``text`` is a set-up that says what the point is not and leaves what it is to its
    article's next sentence (``_SET_UP``): "The problem isn't that the city lacks money." Like a
    sentence that ``announces``, it reads only right before that next sentence."""
    m = _SET_UP_SCREENED.search(text)
    return m is not None and not _SET_UP_ANSWERED.search(text[m.end():])


# (selection24) a list announced and not given: "… couples spend the most on their weddings in the following
# areas in the US." (its items are the article's next lines; mn-val-18). Not "the following" of a time
# ("in the following years", "the following day"), which is no list.
_FOLLOWING = re.compile(r"\b(?:the\s+following(?:\s+(?P<noun>[a-z]+))?|as\s+follows)\b[^.,:;!?—–]{0,40}[.!]?[\"”’']?\s*$", re.I)
_FOLLOWING_TIME = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "morning",
                             "afternoon", "evening", "night", "season", "seasons", "decade", "decades", "summer",
                             "spring", "fall", "autumn", "winter", "weekend", "monday", "tuesday", "wednesday",
                             "thursday", "friday", "saturday", "sunday", "election", "term", "game", "match"})


def announces(text: str) -> bool:
    """Whether ``text`` announces what its article's next sentence tells and tells none of it itself
    (``_ANNOUNCES``): "This is not the first time …", "Here's what we know.", or ends announcing a list
    ("… in the following areas.", ``_FOLLOWING``). Such a sentence reads only
    right before that next sentence. A "first time" that is not negated is news ("It is the first time
    the river has frozen"); a colon, dash or semicolon, or a figure, gives the case itself."""
    t = text.strip()
    if sets_up(t):  # (coherence33) "… is not that it happened at all.": the answer is the next sentence
        return True
    f = _FOLLOWING.search(t)
    if f is not None and (f.group("noun") or "").lower() not in _FOLLOWING_TIME:
        return True
    m = _ANNOUNCES.search(t) if _ANNOUNCES_ANY.found(t) else None
    if m is None:
        return False
    if "first" in m.group(0).lower() and not t.lower().startswith("here") and not _NEGATED_FIRST.search(m.group(0)):
        return False
    rest = t[m.end():]
    return not re.search(r"[:;—–]|\s-\s|\d", rest)


_CAPITAL_LATER = re.compile(r"(?<=\w)[\s,;:(]+[\"“‘']?[A-Z]")  # a capitalised word past the first: a name


def empty(text: str) -> bool:
    """Whether ``text`` is a remark that tells nothing of the story: outside quotation marks, at most one
    content word, no figure and no name, pointing at what was said ("But never mind all of that.",
    "There's something that stinks to me here."): the writer's aside between two sentences of news, which read out of its place leaves
    the reader asking what "that" was (protocol C18, mn-val-213). Not a short fact ("He has a bond of
    $30,000.", "No one has been charged with her murder."), nor a quotation, which someone said."""
    t = text.strip()
    # (speed22: an ASCII text's only digits are 0-9, which the pattern finds; each character is looked at
    # only in another text)
    if (t[:1] in "\"“‘'" or _ASCII_DIGIT.search(t) or (not t.isascii() and any(c.isdigit() for c in t))
            or _CAPITAL_LATER.search(t)):
        return False
    # it points at what the writer just said ("all of that", "here"); a fact told as a negation ("No - one
    # was injured in the fire.", "Nobody was hurt."), whose few words the stop list takes, is news
    return len(_stems(t)) <= 1 and bool(_POINTER.search(t)) and not _NOBODY.search(t)


_POINTER = re.compile(r"\b(?:that|this|it|here|there)\b", re.I)
_NOBODY = re.compile(r"\b(?:no\s*-?\s*one|nobody|none|nothing|no\s+\w+\s+(?:was|were|has|have))\b", re.I)


def quoted_pointer(text: str) -> bool:
    """Whether ``text`` opens a quotation with a verdict on what the article told just before ("“This
    is surprising,” Tschopp said.", ``_QUOTED_VERDICT``): the summary may not hold what "this" is
    (C15: "This was surprising" after its finding was left out). Not a demonstrative with its noun
    ("“This week's vote matters,” she said") nor one that says what it is ("“This is a risk that the
    president set himself up for,”", "“This is perhaps the only known example of …”"). (coherence16)"""
    return bool(_QUOTED_VERDICT.match(text.lstrip()))


# a headline in someone's words or asking: "‘It’s Not True’: …", "… What are the pros and cons?"
_QUOTED_OR_ASKING = re.compile(r"^[\"“‘']|\?")


# a page's label for a list or an explainer: "6 Takeaways From the Debate", "Senate races to watch", "What
# we know about …", "Here's what's in the plan", "Pizzagate, explained", "Live updates: …"
_LISTING = re.compile(r"\btakeaways?\b|\b(?:what|races?|things|people|players|states|candidates|contests|key \w+)\s+"
                      r"to watch\b|\bwhat (?:we|you) (?:know|need to know)\b|\bwhat to (?:know|expect|watch)\b|"
                      r"\bthings to know\b|^here(?:'s|’s| is| are)\b|\bexplained\W*$|\blive (?:updates|blog)\b|"
                      r"\b\d+ (?:things|ways|questions|lessons|reasons|moments|takeaways)\b", re.I)


def listing(text: str) -> bool:
    """Whether a headline labels a list or an explainer rather than telling news (``_LISTING``): over a
    summary it promises items the summary does not give ("6 Takeaways From …" over one exchange, read
    as a flaw in protocol C30)."""
    return bool(_LISTING.search(text))


# (coherence42, issue 13) a page's genre label for a column or an analysis before its headline ("OPINION: Hillary
# Clinton broke the rules", "Analysis: …", "Op-Ed: …"): over a summary the writer's view reads as the brief's
# own news. Only the label and its colon at the headline's start; "Opinion polls show …", "Analysis finds …" and
# a source's label ("CDC: …", "Report: …") are no genre label.
# (mend57) "Letter:" is a source's label in news ("Letter: Engineers warned the council …" reports a letter): only
# the plural "Letters:" and "Letter(s) to the editor" label readers' letters. "Analysis:" heads a wire's reported
# analysis: its headline is still no summary's opening (coherence42's reading: an "Analysis:" headline first read as
# boilerplate and pushed the event second), but its lines are reported news, not a writer's view (``column_head``).
_COLUMN_LABEL = (r"OPINION|Opinion|OP-ED|Op-[Ee]d|Op[Ee]d|COMMENTARY|Commentary|EDITORIAL|Editorial|COLUMN|Column|"
                 r"PERSPECTIVE|Perspective|VIEWPOINT|Viewpoint|LETTERS(?: TO THE EDITOR)?|LETTER TO THE EDITOR|"
                 r"Letters(?: to the [Ee]ditor)?|Letter to the [Ee]ditor")
_OPINION_HEAD = re.compile(r"^[\"“‘']?(?:" + _COLUMN_LABEL + r"|ANALYSIS|Analysis)\s*[:|]\s*\S")
_COLUMN_HEAD = re.compile(r"^[\"“‘']?(?:" + _COLUMN_LABEL + r")\s*[:|]\s*\S")


def opinion_head(text: str) -> bool:
    """Whether a headline carries a column's or an analysis's label (``_OPINION_HEAD``): told first, its
    writer's view would open the brief as news ("OPINION: Trump's summit was a history-making gamble.")."""
    return bool(_OPINION_HEAD.match(text))


def column_head(text: str) -> bool:
    """Whether a title carries a column's label (``_COLUMN_HEAD``: "Opinion:", "Op-Ed |", "Letters:"; not
    "Analysis:", a wire's reported piece): its article's lines are its writer's view (mend57)."""
    return bool(_COLUMN_HEAD.match(text))


def column_articles(articles: Sequence[Article]) -> frozenset[str]:
    """(mend57) The articles whose own title carries a column's label (``column_head``), as ingested or as the
    page gave it before ingest cut the label off ("Opinion | The levee is a $40 million mistake": the title
    ingest kept: ``model.TITLE_LABEL``); read from the titles, not from headline candidates, which a short or a
    bar-separated title never becomes."""
    return frozenset(a.id for a in articles if column_head(a.title or "")
                     or any(r.reason == TITLE_LABEL and column_head(r.line) for r in a.removed))


def transcript_articles(articles: Sequence[Article]) -> frozenset[str]:
    """(coherence45) The articles cleaning found to be a broadcast transcript (it cut their speaker tags:
    ``model.SPEAKER_TAG``): their "I" lines are a guest's or a host's turn, not a writer's voice."""
    return frozenset(a.id for a in articles if any(r.reason == SPEAKER_TAG for r in a.removed))



# (coherence64) A line that speaks the way a turn of talk does: a "we"/"us"/"our" or a "you"/"your" outside
# quotation marks, a question, or talk's opening word ("Well, …", "Look, …", "Now what they'll say is …",
# "You know, …"). In a transcript (``transcript_articles``) such a line is a speaker's turn, not narration.
_SPOKEN_OPEN = re.compile(r"^(?:Well|Look|Listen|Yeah|Yes|No|Oh|OK|Okay|Right|Sure|Honestly|Frankly|Anyway|Actually|"
                          r"So|Now),|^Now\s+(?:what|that|if|look|listen|I|we|you)\b|^You know\b|^I mean\b")
_ADDRESS = re.compile(r"(?<![\w.])(?:[Ww]e|[Ww]e['’](?:re|ve|ll|d)|us|[Oo]urs?|[Yy]ou|[Yy]ours?|[Yy]ou['’](?:re|ve|ll|d))"
                      r"(?![\w.'’])")
_QUOTED_SPAN = re.compile(r"“[^”]*”|\"[^\"]*\"")


def spoken_turn(text: str) -> bool:
    """Whether ``text``, outside its quotation marks, talks: a "we" or a "you", a question, or talk's
    opening word (``_SPOKEN_OPEN``, ``_ADDRESS``)."""
    narration = _QUOTED_SPAN.sub(" ", text.strip())
    return bool(_SPOKEN_OPEN.match(narration) or _ADDRESS.search(narration) or narration.rstrip("\"”’') ").endswith("?"))

# (coherence64) An interview printed with its speakers' tags, which cleaning keeps when no broadcaster's role
# shows it is a show's transcript ("GEORGE STEPHANOPOULOS: There has been a huge response …", "PRESIDENT
# OBAMA: Well, I don't think …"): a paragraph per turn, the tag on its first line only
_TURN_TAG = re.compile(r"^[\"“]?[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}:\s")
_HEADING_TAG = re.compile(r"^(?:THE|A|AN|WHAT|WHAT'S|WHAT’S|WHO|WHERE|WHEN|WHY|HOW|UPDATE|UPDATED|BACKGROUND|CONTEXT|"
                          r"EDITOR'S|EDITOR’S|NOTE|RELATED|READ|WATCH|MORE|LATEST|BREAKING|ALSO|SOURCE|PHOTOS?|VIDEO)\b")


def interview_articles(articles: Sequence[Article], least: int = 4) -> frozenset[str]:
    """(coherence64) The articles whose paragraphs open on speakers' tags, ``least`` of them and two speakers
    or more (``_TURN_TAG``): every other line of theirs is a turn whose speaker only its paragraph's tag names."""
    out = set()
    for a in articles:
        tags = [m.group(0) for line in a.text.splitlines() if (m := _TURN_TAG.match(line.strip()))]
        # (review112) speakers take turns: some tag comes back, and none is an explainer's heading ("THE SHOOTING:",
        # "WHAT'S NEXT:", "UPDATE:"), whose labels each open one paragraph of plain reporting
        if len(tags) >= least and len(set(tags)) >= 2 and len(set(tags)) < len(tags) \
                and not any(_HEADING_TAG.match(t.lstrip("\"“")) for t in tags):
            out.add(a.id)
    return frozenset(out)


def closes_quote(text: str) -> bool:
    """Whether ``text`` closes a quotation an earlier sentence opened ("We are currently investigating
    how this could have happened, and deeply regret that this occurred.”"): the middle of someone's
    words, whose speaker only the sentence before names. A closing mark with no opening one before it
    (curly), or an odd count of straight marks ending the sentence when none opens it."""
    t = text.strip()
    depth = 0
    for c in t:
        if c == "“":
            depth += 1
        elif c == "”":
            if depth == 0:
                return True
            depth -= 1
    return t.count('"') % 2 == 1 and t.rstrip(".!?,;:)").endswith('"') and not t.startswith('"')


def leaves_open(text: str) -> bool:
    """Whether ``text`` opens a quotation it does not close (“Under the law this was proper.): the
    speaker's words go on in its article's next sentence, or its paragraph ends them with no mark, and
    alone the summary prints a quotation left open (protocol C33's readers: "a quotation left unclosed").
    Marks are read as pages mix them: “ opens and ” closes; a straight one closes a quotation that is
    open (“… a bipartisan bill," Schumer said; "… doing.' "Olivera …" with a stray space), and else opens
    one at the start or after a space or a bracket. A second opening mark inside an open quotation is
    the page re-opening it (a new paragraph of the same words), no nesting. Not a sentence that closes
    one an earlier sentence opened (``closes_quote``), nor inches ("a 6'2\" man"). (coherence35)"""
    t = text.strip()
    if "“" not in t and '"' not in t:  # only a mark opens one: most sentences hold none (speed25)
        return False
    open_ = False
    for k, c in enumerate(t):
        if c == "“":
            open_ = True
        elif c == "”":
            open_ = False
        elif c == '"':
            if open_:
                open_ = False
            elif (k == 0 or t[k - 1].isspace() or t[k - 1] in "([{—–") and k + 1 < len(t) and not t[k + 1].isspace():
                open_ = True
    return open_


def wholly_bracketed(text: str) -> bool:
    """Whether ``text`` stands wholly in brackets ("(Suddenly there were police cars everywhere.)"):
    the writer's aside to the sentence before it, a fragment anywhere else (protocol C33). (coherence35)"""
    t = text.strip()
    return t.startswith("(") and t.rstrip(".!?\"”’ ").endswith(")") and t.count("(") == 1


def _table(text: str) -> bool:
    """A table the page flattened into text ("Family Size 100% 138% 150% … 1 $12,140 16,753 18,210"):
    ten words or more, half of them figures. No sentence of prose is so."""
    words = text.split()
    if len(words) >= 10 and text.isascii() and not _ASCII_DIGIT.search(text):
        return False  # no figure at all (most sentences): one pass instead of one per word
    return len(words) >= 10 and sum(any(c.isdigit() for c in w) for w in words) >= 0.5 * len(words)


_ASCII_DIGIT = re.compile(r"[0-9]")  # (an ASCII text's only characters that ``str.isdigit`` takes)
_NOT_LETTER = bytes(c for c in range(128) if not chr(c).isalpha())  # ASCII bytes ``str.isalpha`` refuses
_NOT_CAPITAL = bytes(c for c in range(128) if not chr(c).isupper())


def _shouted(text: str) -> bool:
    """A sentence in capitals ("MR. POOLE DENIED THE ALLEGATIONS BUT LATER PLEADED GUILTY …"): a
    court record's or a page's heading style, which a summary would print as shouting. Six words or
    more, nearly every letter a capital (a dateline or an acronym leaves most in lower case)."""
    if text.isascii():  # the same counts, by deleting the other bytes (usable asks it of every sentence)
        raw = text.encode("ascii")
        n = len(raw.translate(None, _NOT_LETTER))
        return len(text.split()) >= 6 and n >= 20 and len(raw.translate(None, _NOT_CAPITAL)) >= 0.9 * n
    letters = [c for c in text if c.isalpha()]
    return len(text.split()) >= 6 and len(letters) >= 20 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


# A sentence's end: a stop, then any closing quotes or brackets ("… he said.", "… ‘ashes.’ ”")
_STOPPED = re.compile(r"[.!?][\"”’')\]\s]*$")


def stopped(text: str) -> bool:
    """Whether ``text`` ends on a full stop, "!" or "?" (closing quotes aside). The summary joins its
    sentences with a space, so one without its stop runs into the next: a page's first line that is
    its headline ("Paramount wants to kill a fan-film by claiming copyright on the Klingon language In a
    fresh round …", issue 13), a subhead, a list item or a label ("Tobacco, smokeless"). (coherence17)"""
    return bool(_STOPPED.search(text.strip()))


# Where a headline runs into its article's first sentence with no stop between ("Congressional leaders
# reach budget deal The agreement would raise …", "… off Ipswich coast According to police, …"): a word
# all in lower case (or a figure; a closing quote may follow it), then a word that opens sentences and
# never a name, capitalised, then a word in lower case. Not after a capitalised word: "The National
# Coalition For the Homeless said …" is one sentence; nor "A": "Class A misdemeanor", "ultraviolet A
# radiation", "path A in Fig. 6" are.
_SEAM = re.compile(r"(?<![\w'’-])[a-z0-9][a-z0-9'’-]*[\"”’')]?(\s+)(?=(?:The|THE|An|In|IN|On|At|For|After|When|While|"
                   r"As|It|He|She|They|We|This|Today['’]s|According)\s+[a-z])")


def unfused(text: str) -> int:
    """Where the sentence ``text`` starts when a headline runs into it (``_SEAM``), else 0: the part
    before the seam is three to twenty words with no stop, semicolon or colon in it (a headline, not a
    sentence of its own, no quotation left open) and the part after it is a sentence of six words or
    more. A sentence that opens on a name ("Congressional Budget Office Director Keith Hall said …")
    has no seam, nor has "The" before a name ("wrote for The New York Times"). (coherence17)"""
    m = _SEAM.search(text)
    if m is None:
        return 0
    head, rest = text[:m.start(1)], text[m.end(1):]
    if (not 3 <= len(head.split()) <= 20 or re.search(r"[.!?;:]", head) or len(rest.split()) < 6
            or head.count("“") > head.count("”") or head.count('"') % 2):  # inside someone's words
        return 0
    return m.end(1)


def _unfused_telling(s: Sentence) -> Sentence:
    """A telling without the headline run into it (``unfused``): its text from the sentence's start,
    its span moved with it, and only the mentions that sentence still holds (their offsets moved)."""
    text = s.text.strip()
    at = unfused(text)
    if not at:
        return s
    cut = len(s.text) - len(s.text.lstrip()) + at
    rest = s.text[cut:]
    kept = [replace(m, start=m.start - cut, end=m.end - cut) if m.end else m for m in s.mentions
            if (m.start >= cut if m.end else str(m.text or "") in rest)]
    return replace(s, text=rest, mentions=kept, start=s.start + cut if s.end else s.start)


def _first_stopped(facts: Sequence[Fact]) -> dict[str, int]:
    """Each article's first sentence with a stop (``stopped``): the lines above it are the page's
    headline (and a short line such as a byline). An article with none is a lede the feed cut ("… ahead
    of the 2016 presidential"): it stays a candidate as it stands (the reading: the story's main event,
    cut at the budget, is better than none), never given a stop, which would make it a false sentence."""
    first: dict[str, int] = {}
    for f in facts:
        for s in f.sentences:
            if s.text and s.index >= 0 and stopped(s.text) and s.index < first.get(s.article, 1 << 30):
                first[s.article] = s.index
    return first


# (selection24) a sentence whose figures or names the page dropped: brackets holding only "and", "or" or
# commas ("… the highest average wedding spend ( and , respectively), and and had the lowest …", a
# page's text with its styled figures stripped; mn-val-18). Not "(and counting)", "(or so)", nor "Like
# his father, and his grandfather before him, …".
_STRIPPED = re.compile(r"\(\s*(?:(?:and|or|to)\s*)?[,;/]\s*(?:(?:and|or|to)\s*)?(?:respectively\s*)?\)"
                       r"|\(\s*(?:and|or|to)\s*\)|\(\s*\)"
                       # ... or a subject's first names: "As in 2013, and brides have the largest number …"
                       # ("Alaska and Utah brides"): an opening phrase, then "and" before a noun and its verb
                       r"|^[A-Z][^,]{0,30},\s+and\s+[a-z]+\s+(?:have|has|had|are|were|is|was|will)\b")


def stripped(text: str) -> bool:
    """Whether ``text`` lost its figures or names to the page (``_STRIPPED``): no summary sentence."""
    return bool(_STRIPPED.search(text))


def candidates(facts: Sequence[Fact], first: dict[str, int] | None = None) -> list[Fact]:
    """Every telling of every fact as its own candidate, carrying the fact's id and support.

    Outlets phrase one fact differently; the scorer picks the telling that reads best in context
    (position, self-containedness), and ``choose`` takes at most one telling per fact. Photo
    captions and sentences cut short (``usable``) are not candidates, nor are sentences without a
    stop (``stopped``: a subhead or a label the summary would run into its next sentence) — but a line
    without one above its article's first sentence with a stop is its headline (Multi-News pages have no
    title line): it stays a candidate, scored as it stands, and ``select`` prints it with its stop. A headline run into its
    article's first sentence is left out of it (``unfused``).
    """
    out = []
    first = _first_stopped(facts) if first is None else first  # (``select`` has read it already)
    for f in facts:
        tellings = [_unfused_telling(s) for s in f.sentences if s.text and s.text.strip()]
        if not tellings:
            if f.text and usable(f.text) and stopped(f.text) and not stripped(f.text):
                out.append(f)
            continue
        seen: set[str] = set()
        for s in tellings:
            text = s.text.strip()
            if text in seen or not usable(text) or stripped(text):
                continue
            # a line above its article's first sentence is its headline: scored as one (``no_end``), printed
            # with its stop (``select``); any other line without a stop is none
            if (not stopped(text) and s.article in first
                    and not (0 <= s.index < first[s.article] and features.headline_sentence(text))):
                continue
            seen.add(text)
            out.append(Fact(id=f.id, text=text, sentences=[s], support=list(f.support),
                            independent=f.independent))
    return out


# A headline written into the text: a run of capitalised words with a capitalised small word inside
# ("Rocky The Bobcat Back On The Loose In South Jersey"), which running prose never capitalises
HEADLINE_IN_TEXT = re.compile(r"(?:\b[A-Z][\w'’-]*,?\s+){2,}(?:The|On|In|With|At|For|Of|To|And|Is|Be|As|By|From|After|"
                              r"Over|Into|Back|Out|Up)\s+[A-Z]")


def roundups(facts: Sequence[Fact], options: Options = DEFAULT) -> set[str]:
    """Articles that are not an account of the story but a page of unrelated items (a local-news
    roundup: "Passenger Who Arrived At Newark Airport Being Evaluated For Ebola … Rocky The Bobcat
    Back On The Loose In South Jersey …"), among which one item may be the story: their sentences are
    no source for the summary, whose thread they would break into unrelated stories.

    Such a page prints each item's headline before its teaser: an article with at least
    ``summary_roundup_headlines`` sentences after its first that hold a headline (``HEADLINE_IN_TEXT``)
    is one (on Multi-News and NeuS val: one article of 1,300 has 3 or more, a roundup; at most 2
    otherwise: "STORY: …" links, a song title)."""
    heads: dict[str, set[int]] = {}
    for f in facts:
        for s in f.sentences:
            if s.index > 0 and s.text and HEADLINE_IN_TEXT.search(s.text):
                heads.setdefault(s.article, set()).add(s.index)
    return {a for a, found in heads.items() if len(found) >= options.summary_roundup_headlines}


_PARAGRAPH = re.compile(r"\n\s*\n")
# a paragraph cut off mid-sentence by its page: a word, then "..." or "…" at its end ("… they collaborate
# better and reach deals faster, according to new ...")
_CUT_PARAGRAPH = re.compile(r"\w[,;:]?\s*(?:\.\.\.|…)\s*$")


def teasers(articles: Sequence[Article], options: Options = DEFAULT) -> set[str]:
    """Articles that are a page of teasers for unrelated stories (a site's "more news" list: "Men with
    dyslexia have altered structural connections … The study extends … for reading ... | Nudging, the
    concept of influencing people's behavior … depends on a person's underlying decision-making ..."),
    among which one item may be the story: each item is its own paragraph, cut off with "..." in the
    page's text (``raw_text``: cleaning drops the cut sentences and keeps the whole ones) (coherence28,
    protocol C28: such a page gave the summary a string of unrelated science teasers). One is an article
    with at least ``summary_roundup_teasers`` paragraphs so cut that are at least
    ``summary_roundup_teaser_share`` of its paragraphs; not a speech quoted with ellipses between its
    passages, nor a page's few cut links below its text (on Multi-News and NeuS val: one article of
    1,600 is one, with 76 of its 88 paragraphs cut; the next highest share is 5 of 11, a link list)."""
    if options.summary_roundup_teasers <= 0:
        return set()
    out = set()
    for a in articles:
        paragraphs = [p for p in _PARAGRAPH.split(a.raw_text or a.text or "") if p.strip()]  # as the page printed it
        cut = sum(1 for p in paragraphs if _CUT_PARAGRAPH.search(p))
        if cut >= options.summary_roundup_teasers and cut >= options.summary_roundup_teaser_share * len(paragraphs):
            out.add(a.id)
    return out


def posts(facts: Sequence[Fact], articles: Sequence[Article], most: int = DEFAULT.summary_post_sentences
          ) -> set[tuple[str, int]]:
    """(article, index) of the sentences of an embedded social-media post other than the one that
    shows it: a post's text splits into sentences ("Don't y'all go blaming the old people for that
    one. They gave Warren Beatty the wrong envelope. It was probably Putin. #Moonlight #Oscars —
    Official Wanda Sykes (@iamwandasykes) …") of which only the last carries the hashtags and the
    handle (``usable`` judges one sentence alone). The post is its paragraph: every sentence of a
    paragraph (of at most ``most`` sentences) whose sentence is a post is the poster's words, not
    the story told, and no summary sentence."""
    text = {a.id: a.text or "" for a in articles}
    spans: dict[str, dict[int, tuple[int, int, str]]] = {}
    for f in facts:
        for s in f.sentences:
            if s.index >= 0 and s.end > s.start:
                spans.setdefault(s.article, {})[s.index] = (s.start, s.end, s.text)
    out: set[tuple[str, int]] = set()
    for art, found in spans.items():
        body = text.get(art, "")
        marks = [0] + [m.end() for m in _PARAGRAPH.finditer(body)] + [len(body) + 1]
        paragraph: dict[int, list[int]] = {}
        for k, (start, _, _) in found.items():
            paragraph.setdefault(bisect_right(marks, start), []).append(k)
        for p, members in paragraph.items():
            # the post's last sentence, with its hashtags and handle, may be no fact (a question): the
            # paragraph's text after its last sentence is read too
            tail = body[max(found[k][1] for k in members):max(marks[p] - 1, 0)].strip() if p < len(marks) else ""
            if len(members) <= most and any(page_sentence(t) == POST for t in [tail] + [found[k][2] for k in members]):
                out.update((art, k) for k in members)
    return out


def listed(facts: Sequence[Fact], articles: Sequence[Article], most: int = 3) -> set[tuple[str, int]]:
    """(article, index) of the sentences of a bulleted list item (a paragraph whose text opens on a
    bullet, ``list_item``): ``usable`` refuses the item's first sentence, and the ones after it read on
    it as much ("* The biggest drop is among those professing to have no religion. While this group
    backed Obama by 44 points, …": "this group" is the item's). A paragraph without a bullet, or with
    one inside it, is prose; so is one of more than ``most`` sentences (a blog that opens each of its
    paragraphs on a star: "* Rod Blagojevich’s attorneys filed a motion today … * All of the most
    explosive allegations …"). (coherence22)"""
    bulleted: dict[str, list[tuple[int, int]]] = {}  # each article's bulleted paragraphs, as spans
    for a in articles:
        body = a.text or ""
        if not _LIST_ITEM.search(body, 0) and not re.search(r"\n\s*[*•▪●◦‣∙]\s", body):
            continue
        marks = [0] + [m.end() for m in _PARAGRAPH.finditer(body)] + [len(body)]
        bulleted[a.id] = [(b, e) for b, e in zip(marks, marks[1:]) if list_item(body[b:e])]
    members: dict[tuple[str, int], set[int]] = {}  # (article, paragraph's start): its sentences
    for f in facts:
        for s in f.sentences:
            if s.index >= 0 and s.end > s.start:
                for b, e in bulleted.get(s.article, ()):
                    if b <= s.start < e:
                        members.setdefault((s.article, b), set()).add(s.index)
    return {(art, k) for (art, _), found in members.items() if len(found) <= most for k in found}


def strays(articles: Sequence[Article], least: float) -> set[str]:
    """Articles of another story than the one the others tell: a charity letter filed with an
    expedition's news, a syndrome's handout with a school shooting, an encyclopedia page with a
    church's vote. Readers of the summaries read their lines as non-sequiturs from another story.

    An article is one when the TF-IDF cosine of its text with every other article of the story is
    below ``least`` while two other articles are at least that close: the story has a core it stays
    outside. Two articles that differ cannot say which is the story's: both stay."""
    texts = [(a.id, a.text) for a in articles if a.text and a.text.strip()]
    if len(texts) < 3 or least <= 0:
        return set()
    try:
        m = tfidf.matrix([t for _, t in texts])
    except ValueError:  # no text has a word
        return set()
    sims = (m @ m.T).tocsr()
    sims = sims - diags(sims.diagonal())  # an article is not its own neighbour
    nearest = sims.max(axis=1).toarray().ravel()  # each article's closest other article
    if not (nearest >= least).any():
        return set()
    return {a for k, (a, _) in enumerate(texts) if nearest[k] < least}


_NAME_RUN = re.compile(r"[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*)*")
_POSSESSIVE = re.compile(r"[’']s?$")


def name_runs(text: str) -> list[str]:
    """(coherence40) The names a sentence writes: each run of capitalised words as written, its leading stop
    words ("The", "In") and a possessive at its end dropped, possessives inside kept ("The London Underground"
    → "London Underground", "New York's Central Park" as is). A sentence's first word that is no stop word stays
    in its run ("Yesterday Obama" → "Yesterday Obama"): a run is matched as written, not parsed (mend56)."""
    out = []
    for m in _NAME_RUN.finditer(text):
        words = m.group().split()
        while words and words[0].lower().strip(".") in STOP_WORDS:
            words = words[1:]
        run = _POSSESSIVE.sub("", " ".join(words)).rstrip(".,")
        if len(run) > 1:
            out.append(run)
    return out


Affinity = dict[str, dict[str, float]]  # article id -> other article id -> TF-IDF cosine of their texts


def affinity(articles: Sequence[Article], options: Options = DEFAULT) -> Affinity:
    """(coherence40) The TF-IDF cosine of each two articles' whole texts, for the articles of at least
    ``summary_off_min_words`` words (a shorter text shares few words with another by chance): what
    ``_Context.far_from`` reads. Empty when the rule is off or fewer than two articles qualify."""
    if options.summary_off_similarity <= 0:
        return {}
    texts = [(a.id, a.text) for a in articles if a.text and len(a.text.split()) >= options.summary_off_min_words]
    if len(texts) < 2:
        return {}
    try:
        m = tfidf.matrix([t for _, t in texts])
    except ValueError:  # no text has a word
        return {}
    sims = (m @ m.T).toarray()
    return {a: {b: float(sims[k, q]) for q, (b, _) in enumerate(texts) if q != k} for k, (a, _) in enumerate(texts)}


def bounded(facts: list[Fact], limit: int) -> list[Fact]:
    """At most ``limit`` candidates, in their order: those of the best-supported facts, leads first.

    Scoring compares every candidate with every other one (echoes, redundancy), so a story of
    20,000 sentences would cost gigabytes; a summary of a few sentences is drawn from the facts
    most outlets report, which this keeps. Normal stories have far fewer candidates: unchanged.
    """
    if len(facts) <= limit:
        return facts

    def key(k: int) -> tuple[int, int, int]:
        f = facts[k]
        return (-(f.independent or len(set(f.support))), min((s.index for s in f.sentences), default=0), k)

    keep = sorted(sorted(range(len(facts)), key=key)[:limit])
    return [facts[k] for k in keep]


# Openers that answer the sentence before them: out of its context such a sentence misleads. A
# spoken "Well, …" / "Now, …" goes on a conversation the summary does not hold.
CONNECTIVE = re.compile(r"^[\"'“‘(]*(?:but|and|or|so|yet|still|however|instead|that|that's|that’s|then|"
                        r"thus|hence|therefore|otherwise|nevertheless|nonetheless|even so|in turn|as a result|"
                        r"after all|in fact|indeed|besides|moreover|furthermore|likewise|similarly|in other words|that said|"
                        r"in addition|on the other hand|for example|for instance|of course|by contrast|"
                        r"in contrast|rather|also|too|again|(?:well|now|oh|okay|ok|so then|anyway)(?=,|\.{2,}|…)"
                        # (coherence66) a restatement of the sentence before: "Another way of saying that is …",
                        # "Put another way, …", "In short, …", "To put it bluntly, …"
                        r"|(?:another|one)\s+way\s+(?:of|to)\s+(?:say|saying|put|putting)\s+(?:it|that|this)(?=\s+is\b|\s*[,:—–])"
                        r"|(?:put|said|stated)\s+(?:another\s+way|differently|simply|plainly|bluntly)(?=,)"
                        r"|(?:simply|more\s+simply|plainly)\s+put(?=,)|to\s+put\s+it\s+(?:another\s+way|simply|plainly|bluntly|"
                        r"differently|mildly)|in\s+short(?=,)|in\s+sum(?=,)"
                        # "At least that's what pageant officials are saying…": answers what came before
                        r"|at least(?=\s+(?:that|this|it|so)\b))\b", re.I)
# Question-and-answer lines ("Q: …", "A: Before anything else, sign the ticket."), and a transcript's
# turns under its speaker's label ("OPAL LEE: I kept telling family…", "LEE: But I got together…"):
# half a dialogue, in the speaker's "I".
DIALOGUE = re.compile(r"^(?:Q|A)\s*[:.]\s|^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2}:\s+"
                      r"(?=(?:I|I'm|I’m|We|My|Our|But|And|Well|Yes|No|Oh|So)\b)")


# What a news account does that a reference page (a programme's description, an encyclopedia entry,
# a handout) does not: it attributes ("…, officials said", "according to", "told CNN") and it dates
# what happened (a weekday, a month, "yesterday", "last week"). A year alone dates nothing ("Established
# in 2003, the BioWatch Program provides …").
_ATTRIBUTES = re.compile(r"\b(?:" + "|".join(reporting("say tell report announce confirm state write add claim testify "
                                                         "allege explain", now="say tell report announce write",
                                                         plain="say")) +
                         # ... or a finding: a study's or a poll's
                         r"|according to|suggests?|suggested|shows?|showed|found|finds|study|survey|poll)\b", re.I)
_DATES = re.compile(r"\b(?:" + MONTH_NAMES_CAPITALISED + r"\.?\s+\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                    r"yesterday|today|tonight|last (?:week|month|year|night)|this (?:week|month|year))", re.I)


_QUOTE_MARK = re.compile(r"[\"“”]")  # someone's words, a title ("“Evil Dead”" in a review): a page of no one's voice has none


def reference_page(texts: Sequence[str], least: int) -> bool:
    """Whether an article's sentences (``least`` or more) read as a reference page rather than a news
    account: none attributes anything to anyone, none dates anything by day, month or "yesterday",
    none quotes anyone or anything (a review quotes its film's title: a review is no reference page).
    Opening the summary on such a page (a programme's description beside the news that its drill
    documents were found on a plane: protocol C17, mn-val-134) leaves the main event late or out."""
    return len(texts) >= least and not any(_ATTRIBUTES.search(t) or _DATES.search(t) or _QUOTE_MARK.search(t)
                                           for t in texts)


_QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"")


def mostly_quoted(text: str, share: float) -> bool:
    """Whether ``share`` or more of ``text``'s words stand inside quotation marks: the source's words
    (a document, a witness), not the writer's account of what happened. Deep in an article such a
    sentence is often what two outlets both quote from one filing (so every echo feature scores it
    high), and opening the summary on it leaves the main event (the filing itself) out (C17, mn-val-165:
    "Labor union official told the FBI … “Obama expressed his belief that [Senate Candidate B] …”")."""
    words = len(text.split())
    quoted = sum(len(q.split()) for q in _QUOTATION.findall(text))
    return share > 0 and words > 0 and quoted >= share * words


def news_account(texts: Sequence[str]) -> bool:
    """Whether an article's sentences read as a news account: one attributes something to someone
    and one dates something by day or month (what ``reference_page`` finds missing)."""
    return any(_ATTRIBUTES.search(t) for t in texts) and any(_DATES.search(t) for t in texts)


def choose(view: features.StoryView, scores: np.ndarray, options: Options = DEFAULT,
           stated: Callable[[Fact], int] | None = None, near: Affinity | None = None) -> list[Cited]:
    """Budgeted MMR selection over scored facts (shared by every scorer and by training).

    The first pick is a lead: one of the top sentences of an article, a statement that needs nothing
    before it. Every later pick must read in context (``coherence``): a sentence opening with "He" or
    reporting what "she said" is taken only when the summary names a person before it, else together
    with the sentence before it in its article when that one resolves it, else not at all. The
    summary is then put in story order (``_story_order``) and checked once more as the reader will
    read it; a sentence still flagged is left out and the selection re-run without it.

    ``near`` (``affinity``) is the TF-IDF cosine of each two of the story's articles, whole: what
    ``_Context.far_from`` reads to tell an article of another matter (coherence40).
    """
    facts = view.facts
    scores = np.asarray(scores, dtype=np.float64)
    if not facts:
        return []
    chosen, pointed = _pick(view, scores, options, stated, near)
    if not chosen and not options.summary_fill:
        # (coherence72) nothing fits the budget whole: one sentence that runs past it (the reader cuts
        # it) is better than no summary
        options = options.with_(summary_fill=True)
        chosen, pointed = _pick(view, scores, options, stated, near)
    if pointed:
        # (mend72) a "the + noun" kept a sentence out: never at the cost of a sentence of the news (a lede whose
        # introducer cannot open, a story with no other lede). Fewer sentences than without the rule, or
        # (review84) without the best-scored sentence that choice holds: the choice without the rule
        plain = _pick(view, scores, options.with_(summary_pointers=False, summary_roles=False),  # (mend74) nor a role's
                      stated, near)[0]
        if len(plain) > len(chosen) or (plain and max(plain, key=lambda i: scores[i]) not in chosen):
            chosen = plain
    texts = [facts[i].text.strip() for i in chosen]
    if options.summary_fragments:
        texts = closed_quotes(texts, [_position(facts[i]) for i in chosen])
    return [Cited(text=t, citations=list(dict.fromkeys(facts[i].support))) for t, i in zip(texts, chosen)]


def _pick(view: features.StoryView, scores: np.ndarray, options: Options, stated: Callable[[Fact], int] | None,
          near: Affinity | None) -> tuple[list[int], bool]:
    """``choose``'s sentences (indices) and whether a pointer (``_Context.pointed``) kept one out on the way."""
    facts = view.facts
    blocked = np.isnan(scores)
    made: list[_Context] = []

    def context(**kw: Any) -> _Context:
        made.append(_Context(view, options, near=near, stated=stated, **kw))
        return made[-1]

    chosen = _choose(context(), scores, blocked)
    if sum(len(facts[i].text.split()) for i in chosen) < options.summary_voice_fill * options.words:
        # a column's or a forum's story: most of what it tells is in its writers' "I"/"we" — past the
        # opening, such lines beat a summary cut short (the opening stays a statement of the news)
        fuller = _choose(context(late_voice=False), scores, blocked)
        if options.summary_unplaced_we and max(_told_words(facts, fuller), _told_words(facts, chosen)) < options.words / 2:
            # a story told only in a statement's "we" (a family's statement in every article): its
            # lines beat a summary of one or two sentences (selection25: mn-val-148 fell to one line)
            voiced = _choose(context(late_voice=False, statement_we=True), scores, blocked)
            if _told_words(facts, voiced) >= 2 * max(_told_words(facts, fuller), _told_words(facts, chosen)):
                fuller = voiced
        if _told_words(facts, fuller) > _told_words(facts, chosen):
            chosen = fuller
    if not chosen and (~blocked).any():
        # every telling names someone by surname alone before the story gives the full name, or
        # speaks as "I" or "we" (a one-page story of a column): a summary that does so beats none at all
        chosen = _choose(context(names=False, voice=False), scores, blocked)
    return chosen, any(c.pointed for c in made)


def closed_quotes(texts: list[str], where: list[tuple[str, int]]) -> list[str]:
    """(coherence35) ``texts`` (a summary's sentences in order, at ``where`` = (article, index)) with a
    quotation a sentence leaves open closed at its end, unless its article's next sentence follows and
    goes on with it (not opening a quotation of its own): the speaker's words as the summary gives them end there (a paragraph's quote whose
    next paragraph opens another, "“Under the law this was proper." then "“We regret …"), and an open
    mark with no close reads as a fragment (protocol C33)."""
    out = list(texts)
    opener = ""  # mend52: the mark of a quotation still open from the sentences before, in one run of an article
    for k, t in enumerate(texts):
        opener = _open_mark(t, opener)
        if not opener:
            continue
        a, i = where[k]
        nxt = texts[k + 1] if k + 1 < len(texts) and where[k + 1] == (a, i + 1) else None
        if nxt is not None and not (nxt[:1] in "“\"" and not nxt[1:2].isspace()):
            continue  # the quotation goes on in the next sentence (not one that opens its own; a mark and a
            # space first is this one's close, which the splitter put there: "… business." | "\" \"We've …")
        out[k] = t + ("”" if opener == "“" else '"')  # mend52: closed at the run's end, as it was opened
        opener = ""
    return out


def _open_mark(text: str, opener: str = "") -> str:
    """The mark of the quotation ``text`` leaves open ("“" or '"'; "" when none), read as ``leaves_open`` reads
    marks, with ``opener`` the mark of one already open at its start (a quotation run over sentences)."""
    t = text.strip()
    for k, c in enumerate(t):
        if c == "“":
            opener = opener or c
        elif c == "”":
            opener = ""
        elif c == '"':
            if opener:
                opener = ""
            elif (k == 0 or t[k - 1].isspace() or t[k - 1] in "([{—–") and k + 1 < len(t) and not t[k + 1].isspace():
                opener = c
    return opener


def _told_words(facts: Sequence[Fact], chosen: list[int]) -> int:
    """The words of the chosen facts (what the budget counts)."""
    return sum(len(facts[i].text.split()) for i in chosen)


# the group voice of a statement outside quotation marks ("We are deeply saddened …", "Our heart also
# goes out to …", "From all of us at American, …"): a company's, a family's, a council's
_GROUP_VOICE = frozenset({"we", "we're", "we've", "we'll", "we'd", "our", "ours", "us"})


# the writer's own voice outside quotation marks ("I was surprised …", "… but not against me")
_SINGLE_VOICE = frozenset({"i", "i'm", "i've", "me", "my"})  # the singular forms ``features.first_person`` gives


# a statement's set words of sympathy, regret or belief in its own voice, outside quotation marks
# ("Our heart also goes out to the Friends of Jack", "It is our understanding that the two bodies …",
# "From all of us at American, our sincere apologies …"): a company's, a school's or a family's
# statement, which reads as the summary's own unless a sentence gives whose it is (C21 mn-val-166)
_CONDOLENCE = re.compile(r"\b(?:[Oo]ur\s+(?:hearts?|thoughts|prayers|deepest|sincerest?|heartfelt|condolences|"
                         r"sympath\w*|apolog\w*)\b|[Ff]rom\s+all\s+of\s+us\b|[Ii]t\s+is\s+our\s+(?:understanding|hope|"
                         r"belief)\b|\b[Ww]e\s+(?:are|were)\s+(?:deeply\s+|truly\s+|so\s+)?(?:saddened|heartbroken|"
                         r"devastated|grieved)\b)")


def _choose(ctx: "_Context", scores: np.ndarray, blocked: np.ndarray) -> list[int]:
    """The selection rounds of ``choose``: a sentence still flagged in the finished summary is
    blocked and the selection re-run without it."""
    chosen: list[int] = []
    for _ in range(ctx.options.summary_coherence_rounds):
        chosen = ctx.greedy(scores, blocked)
        if not chosen and ctx.options.summary_no_opinion_lines and ctx.columns_out and ctx.of_column().any():
            ctx.columns_out = False  # (coherence42) a column's lines left out left nothing: they are told
            chosen = ctx.greedy(scores, blocked)
        bad = ctx.unread(chosen)
        if not bad:
            break
        blocked = blocked.copy()
        blocked[bad] = True
    else:
        bad = ctx.unread(chosen)
        chosen = [i for i in chosen if i not in bad]
    return chosen


def _names_speaker(r: coherence.Reading) -> bool:
    """Whether a sentence names its own speaker beside a speech verb (not a "he said"): its "I" is theirs."""
    return bool(r.verb and r.people and r.pronoun is None)


class _Context:
    """What selection reads once per story: sizes, similarities, coherence readings, positions."""

    def __init__(self, view: features.StoryView, options: Options, names: bool = True, voice: bool = True,
                 stated: Callable[[Fact], int] | None = None, late_voice: bool = True,
                 statement_we: bool = False, near: Affinity | None = None) -> None:
        facts = view.facts
        self.near = near or {}  # (coherence40) whole articles' cosines (``affinity``)
        self.names = names  # whether a surname alone needs its full name before it
        self.voice = voice  # whether the writer's "I"/"we" outside quotes may not open the summary
        self.late_voice = late_voice  # ... nor stand anywhere after the opening
        self.statement_we = statement_we  # ... when it may, whether an unplaced "we" may too (``unplaced_we``)
        self.view, self.options, self.facts = view, options, facts
        self.columns_out = True  # (coherence42) a labelled column's lines left out while another account opens
        n = len(facts)
        self.sims = view.vectors @ view.vectors.T if view.vectors.size else np.zeros((n, n))
        self.words = np.array([_words(f.text) for f in facts], dtype=np.int64)
        # independent outlets that state a candidate as it stands (the support check's count), asked
        # when needed of one told by several articles (its fact's support); any other is its own only
        self.stated = stated
        # the most ``stated`` can give a candidate, without checking it (``briefing.Stated.at_most``), when known
        self.at_most: Callable[[Fact], int] | None = getattr(stated, "at_most", None)
        self.several = np.array([stated is not None and len(set(f.support)) > 1 for f in facts], dtype=bool)
        self._outlets: dict[int, int] = {}
        codes = {fid: k for k, fid in enumerate(dict.fromkeys(f.id for f in facts))}
        self.fact_of = np.array([codes[f.id] for f in facts], dtype=np.int64)
        self.where = [_position(f) for f in facts]  # (article, index)
        self.transcripts = transcript_articles(view.articles)  # (coherence45) whose "I" lines are speakers' turns
        # (coherence64) ... and the interviews whose tags stay: each of their lines is a speaker's turn
        self.interviews = interview_articles(view.articles) if options.summary_turn_spoken else frozenset()
        at = {w: i for i, w in enumerate(self.where)}
        self.previous = [at.get((a, k - 1)) if k > 0 else None for a, k in self.where]
        self.next = [at.get((a, k + 1)) if k >= 0 else None for a, k in self.where]
        # an announcement of what its article tells next ("This is not the first time …"): only with it
        self.announces = np.array([announces(f.text) for f in facts], dtype=bool)
        if options.summary_fragments:  # (coherence35) a quotation its next sentence closes: only with it (one
            # that never closes there is closed in the summary's text: ``closed_quotes``)
            opened = [k >= 0 and leaves_open(f.text) for f, (_, k) in zip(facts, self.where)]
            closed = [o and self.next[i] is not None and closes_quote(facts[self.next[i]].text)  # type: ignore[index]
                      for i, o in enumerate(opened)]
            self.quote_runs = np.array(closed, dtype=bool)  # taken in the fill with its closing sentence
            self.announces |= self.quote_runs
        else:
            self.quote_runs = np.zeros(n, dtype=bool)
        self.heads = np.array([k for _, k in self.where], dtype=np.int64)
        self.after: dict[int, list[int]] = {}  # an article's candidates after candidate i, in its order
        by_art: dict[str, list[int]] = {}
        for i, (a, k) in enumerate(self.where):
            if k >= 0:
                by_art.setdefault(a, []).append(i)
        self.members = by_art  # an article's candidates in its order
        for members in by_art.values():
            members.sort(key=lambda i: self.where[i][1])
            for p, i in enumerate(members):
                self.after[i] = members[p + 1:]
        self._readings: dict[int, coherence.Reading] = {}  # read when selection first looks at one
        self.places = places([f.text for f in facts])
        self.single = coherence.single_names([f.text for f in facts])
        # surnames the story gives a full name for, or shows to be a person's ("Lauer asked", "Mr.
        # Parr"): only those need an introduction; any other lone word the analyser took for a
        # surname ("Petlexa", "Newsweek") is how the story names it (``person``)
        self._full: frozenset[str] | None = None
        self._story = ""
        self._person: dict[str, bool] = {}
        self._common: dict[str, bool] = {}  # (mend62) word -> the story writes it in lower case (``common_word``)
        self._parties: dict[int, frozenset[tuple[str, str]]] = {}  # sentence -> ``parties``: ``flagged`` asks each order
        self._shown: dict[str, bool] = {}  # (coherence43) surname -> the story shows it as a person's (``surname_in_full``)
        self._named: dict[str, bool] = {}
        self._pointing: dict[int, tuple[tuple[str, int], ...]] = {}  # (coherence48) ``pointing``
        self._described: dict[int, tuple[frozenset[str], int] | None] = {}  # (coherence51) ``described``
        self._texts = {a.id: a.text for a in view.articles}  # (coherence51) ``presented`` reads the lines above
        self.pointed = False  # (mend72) whether a pointer kept a sentence from opening or standing (``choose``)
        self.background = view.column("background").astype(bool) if len(view.X) else np.zeros(n, dtype=bool)
        question = view.column("question").astype(bool)
        # the writer or the site speaking to the reader ("But you would be wrong!"), not the news
        self.aside = (view.column("address") + view.column("exclaim")).astype(bool) if len(view.X) \
            else np.zeros(n, dtype=bool)
        # ... or a remark that tells nothing ("But never mind all of that."): passed like an aside
        self.aside |= np.array([k >= 0 and empty(f.text) for f, (_, k) in zip(facts, self.where)], dtype=bool)
        # may open the summary (its reading is checked when it comes up: ``lead``)
        self.lead_ok = np.array([k >= 0 and self.words[i] >= options.summary_lead_min_words and not question[i]
                                 and not self.background[i] and not self.aside[i] and not _bracketed(facts[i].text)
                                 for i, (_, k) in enumerate(self.where)], dtype=bool)
        # its place among its article's candidates: a caption or a site line above the lead that is
        # no candidate does not push the lead down
        self.top = np.zeros(n, dtype=bool)
        by_article: dict[str, list[int]] = {}
        for i, (a, k) in enumerate(self.where):
            if k >= 0:
                by_article.setdefault(a, []).append(i)
        self.first = np.zeros(n, dtype=bool)  # its article's opening sentence (the first candidate)
        self.opinion = self._opinion(view, by_article, question)
        self.reference = self._reference(by_article)
        for members in by_article.values():
            ks = sorted({self.where[i][1] for i in members})[: options.summary_lead_max_index + 1]
            self.top[[i for i in members if self.where[i][1] in ks]] = True
            self.first[[i for i in members if self.where[i][1] == ks[0]]] = True
        # an article's short opening ("Russian-led troops began leaving Kazakhstan on Thursday."): under
        # ``summary_lead_min_words`` but a whole event, the wire lede the accounts share; it may open
        # the summary only when more outlets state it than the best lead (``prefer``), never on rank
        self.short = np.array([bool(self.first[i]) and bool(self.several[i]) and k >= 0
                               and options.summary_min_words <= self.words[i] < options.summary_lead_min_words
                               and not question[i] and not self.background[i] and not self.aside[i]
                               and events.frame(facts[i].text) is not None
                               for i, (_, k) in enumerate(self.where)], dtype=bool)
        self.lead_ok |= self.short
        # below its article's top, a sentence mostly in quotation marks is a source's words, not a lede
        self.lead_ok &= np.array([bool(self.top[i]) or not mostly_quoted(f.text, options.summary_lead_quoted_share)
                                  for i, f in enumerate(facts)], dtype=bool)
        # each article's opening: its headline and its top candidates (what ``shared`` compares a lede with)
        self.opening: dict[str, list[int]] = {}
        for i, (a, k) in enumerate(self.where):
            if k < 0 or self.top[i]:
                self.opening.setdefault(a, []).append(i)
        self._shared: dict[int, float] = {}
        self._proper: frozenset[str] | None = None
        self._names: dict[int, frozenset[str]] = {}  # (coherence40) ``names_of``
        self._far: dict[str, frozenset[str]] = {}  # (coherence40) ``far_from``, by the lead's article
        # a page's headline line: no stop, in an article that has a sentence with one (``candidates``
        # keeps only those above the article's first; an article with none is a feed's cut lede)
        with_stop = {a for i, (a, k) in enumerate(self.where) if k >= 0 and stopped(facts[i].text)}
        self.page_head = np.array([k >= 0 and a in with_stop and not stopped(facts[i].text)
                                   for i, (a, k) in enumerate(self.where)], dtype=bool)
        self.dek_told = self._dek_told()

    def _dek_told(self) -> np.ndarray:
        """(coherence36, ``summary_dek_told``) An article's opening line — a headline or dek with no stop
        above its first sentence — that one of its article's next ``summary_dek_reach`` candidates tells
        again (``dek_retold``). The lede is the fuller sentence: taking the line too tells the opening
        twice, and the line alone cuts what the lede names ("… a Victorian diary supposedly written by the
        notorious murderer" above "… a much-disputed Victorian diary …"). A line between the two is read
        as it stands (a standfirst that adds a fact, or the lede itself)."""
        opts, n = self.options, len(self.facts)
        out = np.zeros(n, dtype=bool)
        if opts.summary_dek_told <= 0:
            return out
        for members in self.members.values():
            for p, i in enumerate(members):
                if not self.page_head[i]:
                    continue  # a short first sentence with a stop is a wire lede ("Troops began leaving …"),
                    # which the next sentence may retell at more length: it stays (coherence36's first version)
                if title_cased(self.facts[i].text):
                    continue  # a headline proper ("Stephen Colbert Kicks Off …") reads as one over the summary;
                    # with its lede below it ``retold_heads`` drops it
                below = [j for j in members[p + 1:p + 1 + opts.summary_dek_reach] if stopped(self.facts[j].text)]
                out[i] = any(dek_retold(self.facts[i].text, self.facts[j].text, opts.summary_dek_told) for j in below)
        return out

    def heads_after(self, lead: int) -> np.ndarray:
        """The page headline lines that may not follow once ``lead`` opens the summary: all but those of
        the lead's article above it that could open the summary themselves (story order puts them
        first). Another account's headline set mid-summary reads as a stray title over its own block
        and retells its lede ("… the official KCNA news agency. We will sink Japan and turn US to
        'ashes and darkness', says North Korea. North Korea has threatened to sink Japan …", protocol
        C16; coherence19)."""
        if not self.options.summary_page_heads_open:
            return np.zeros(len(self.facts), dtype=bool)
        a, k = self.where[lead]
        out = self.page_head.copy()
        for i in np.flatnonzero(out).tolist():
            if self.where[i][0] == a and self.where[i][1] < k and self.options.summary_lede_first and self.lead(i):
                out[i] = False
        return out

    def _opinion(self, view: features.StoryView, by_article: dict[str, list[int]], question: np.ndarray) -> np.ndarray:
        """Candidates of an article written in its writer's voice — a column, an op-ed, a diary, a
        review: at least ``summary_opinion_share`` of its sentences (of four or more) speak as "I"/"we",
        to the reader, exclaim or ask — when another article of the story does not: such an article
        tells the news aside, and opening on it leaves the main event late (protocol C)."""
        n = len(self.facts)
        out = np.zeros(n, dtype=bool)
        if not len(view.X) or len(by_article) < 2 or self.options.summary_opinion_share <= 0:
            return out
        voice = (view.column("first_person") + view.column("address") + view.column("exclaim") + question) > 0
        share = {a: float(voice[m].mean()) for a, m in by_article.items() if len(m) >= 4}
        opinion = {a for a, v in share.items() if v >= self.options.summary_opinion_share}
        if not opinion or all(a in opinion for a in by_article):
            return out
        out[[i for a in opinion for i in by_article[a]]] = True
        return out

    def _reference(self, by_article: dict[str, list[int]]) -> np.ndarray:
        """Candidates of a reference page (``reference_page``: no attribution, no day) when another
        article of the story is a news account: its lead candidates lose ``summary_reference_penalty``,
        so the news opens the summary and the page's description, if any, comes after it."""
        out = np.zeros(len(self.facts), dtype=bool)
        least = self.options.summary_reference_sentences
        if self.options.summary_reference_penalty <= 0 or least <= 0 or len(by_article) < 2:
            return out
        texts = {a: [self.facts[i].text for i in m] for a, m in by_article.items()}
        pages = {a for a, t in texts.items() if reference_page(t, least)}
        # only beside a news account: one that both attributes and dates what it tells
        if not pages or not any(a not in pages and news_account(t) for a, t in texts.items()):
            return out
        out[[i for a in pages for i in by_article[a]]] = True
        return out

    def lead(self, i: int) -> bool:
        """Whether candidate ``i`` can open the summary: a statement that needs nothing before it."""
        if not self.lead_ok[i]:
            return False
        r = self.opening_reading(i)
        self.lead_ok[i] = not (coherence.judge([r])[0] or r.quote_open or r.other_open or r.person_open
                               or self.needs_previous(i) or any(e in coherence.ROLES for e in r.events)
                               or coherence.points_back(self.facts[i].text) or _unnamed_pronoun(self.facts[i].text, r)
                               or bool(_ALSO.match(self.facts[i].text))  # "Carrie Russell also expected …": adds to a story untold
                               or bool(_ANOTHER.match(self.facts[i].text))  # "Another man … was also killed": the first one untold
                               or bool(_COUNTS_OFF.match(self.facts[i].text))  # "Of the 12 arrested, seven …": the arrests untold
                               or reacts(self.facts[i].text)  # "… called the work an “insult.”": which work?
                               or _they_after_opener(self.facts[i].text)  # "For an instant, they get to gloat": who?
                               # (coherence48) "… the devices were off": which devices? Not when the sentence that
                               # brings them in is of its account's top and the run starts at or above it (``opening_of``:
                               # mend72, a lede whose introducer cannot open would open on its pointer, then be dropped)
                               or self._points_on(i)
                               or self._described_on(i))  # (coherence51) "The former governor …": who?
        return bool(self.lead_ok[i])

    def _described_on(self, i: int) -> bool:
        """(coherence51) Whether candidate ``i`` describes a person by a role (``described``) the opening of its account
        would leave unnamed: no sentence before it that can open, or one below the sentence that names the person,
        or a naming sentence below its account's top (as ``_points_on``)."""
        d = self.described(i)
        if d is None:
            return False
        opener = self._opener(i) if self.options.summary_run > 0 else None
        out = opener is None or not self.top[d[1]] or self.where[opener][1] > self.where[d[1]][1]
        self.pointed |= out  # (mend74) opening on a stranger: never at the cost of a sentence (``choose``)
        return out

    def _points_on(self, i: int) -> bool:
        """(coherence48, mend72) Whether candidate ``i`` has a "the + noun" the opening of its account would leave
        unanswered: no sentence before it that can open (``_opener``), or one below the sentence that brings the
        thing in, or an introducer below its account's top."""
        pointing = self.pointing(i)
        if not pointing:
            return False
        opener = self._opener(i) if self.options.summary_run > 0 else None
        out = opener is None or any(not self.top[j] or self.where[opener][1] > self.where[j][1] for _, j in pointing)
        self.pointed |= out
        return out

    def person(self, surname: str) -> bool:
        """Whether a lone surname (folded) is a person's the story names in full or shows to be one
        (``coherence.full_surnames``, ``coherence.is_person``): asked of the few a candidate uses."""
        if surname not in self._person:
            if self._full is None:
                self._full = coherence.full_surnames((m for f in self.facts for s in f.sentences for m in s.mentions),
                                                     self.story_text())
            self._person[surname] = surname in self._full or coherence.is_person(surname, self.story_text())
        return self._person[surname]

    def surname_in_full(self, surname: str) -> bool:
        """(coherence43) Whether the story names ``surname`` (folded) as a person's beyond doubt (``named_person``: in
        full after a given name, "Brian Hjort", or after a title) and shows the lone word as a person's
        (``coherence.is_person``: "Hjort said"), and it is no place or people of the story (``_not_a_surname``): a
        lone capitalised word the analyser tagged no person on ("reached out to Hjort", "says Riese") is then that
        person's surname. A firm or a party that speaks ("Apple said", "Republicans said") is named in full by no one."""
        if surname not in self._shown:
            self._shown[surname] = (self.named_person(surname) and not _not_a_surname(surname, surname, self.places)
                                    and coherence.is_person(surname, self.story_text()))
        return self._shown[surname]

    def opening_reading(self, i: int) -> coherence.Reading:
        """``reading(i)`` as the summary's first sentence: a lone name in it needs an introduction only
        when the story shows a person's (``named_person``; coherence27)."""
        r = self.reading(i)
        if r.surnames:
            r = replace(r, surnames=tuple((o, s) for o, s in r.surnames if self.named_person(s)))
        return r

    def named_person(self, surname: str) -> bool:
        """Whether the story names ``surname`` (folded) as a person's beyond doubt: in full after a
        given name ("Mark Zuckerberg") or with a title or an office before it ("President Andrzej
        Duda", "Mr. Parr"). A lede's lone capitalised word the analyser read as a surname only from a
        run of capitals ("Planet Facebook", "Outgoing Northwestern") or from a speech verb
        ("Facebook announced", "Northwestern said": firms, schools and states speak too) is how the
        news names a firm or a place, and blocking it kept the main event out of the opening
        (coherence27: "Facebook is buying Oculus VR …" gave way to a line on Zuckerberg's call)."""
        if surname not in self._named:
            self._named[surname] = any(
                _person_in_full(str(m.text or m.value).split(), surname)
                for f in self.facts for s in f.sentences for m in s.mentions
                if m.kind == "entity" and m.label == "PERSON") or coherence.titled(surname, self.story_text())
        return self._named[surname]

    def common_word(self, word: str) -> bool:
        """(mend62) Whether the story writes ``word`` (folded) in lower case as a word of its own ("the hunt for the
        gunman"): at a sentence's opening its capital is then the sentence's, not a surname's ("Hunt for …")."""
        if word not in self._common:
            story = self.story_text()  # (speed29: a pattern only for a word the story holds at all)
            self._common[word] = word in story and written_apart(word, story)  # (speed30: no pattern per word)
        return self._common[word]

    def story_text(self) -> str:
        """The story's candidate sentences, one a line (what ``coherence.is_person`` reads)."""
        if not self._story:
            self._story = "\n".join(f.text for f in self.facts)
        return self._story

    def reading(self, i: int) -> coherence.Reading:
        if i not in self._readings:
            f = self.facts[i]
            r = coherence.reading(f.text, _mentions(f, self.places))
            if r.given:  # a given name the story uses as a place ("in Aurora") names no person; one it
                # never writes with a surname ("Jack the cat", "Lena") is how the story names it
                r = replace(r, given=tuple((o, g) for o, g in r.given if g not in self.places | self.single))
            if r.surnames and self.names:
                r = replace(r, surnames=tuple((o, s) for o, s in r.surnames if self.person(s)))
            # (a headline names its people as headlines do, "Trump says …": it introduces no one and is judged as before)
            if self.names and self.where[i][1] >= 0 and (extra := coherence.lone_surnames(
                    f.text, self.surname_in_full, (o for o, _ in (*r.surnames, *r.full_names)), self.common_word)):
                r = replace(r, surnames=tuple(sorted((*r.surnames, *extra))))  # (coherence43) a surname the analyser missed
            r = r if self.names else replace(r, surnames=(), given=())
            self._readings[i] = r if self.voice else replace(r, first_person=False)
        return self._readings[i]

    def flagged(self, order: list[int], among: set[int]) -> bool:
        """Whether any sentence of ``among`` does not read where it stands in ``order``: flagged by
        the coherence check, or leaning on the sentence before it in its article ("They were…",
        "But…", a quotation's second sentence) without that sentence right before it."""
        readings = [self.opening_reading(i) if k == 0 else self.reading(i) for k, i in enumerate(order)]
        flags = self.judged(readings, order=order)
        said: set[str] = set()
        told: set[str] = set()  # lower-case words of the sentences before (what events they tell)
        people = 0  # people named before
        grouped = False  # a group named before (``coherence.names_group``)
        parties: set[tuple[str, str]] = set()  # people and organisations named before (``parties``)
        introduced: dict[str, str] = {}  # full names of the people named in full before: the article that named them
        named: set[str] = set()  # (coherence48) the words said before, for a "the + noun" to point back at
        bodies = False  # (coherence50) an organisation named before: "the company" reads as it
        for k, (i, f) in enumerate(zip(order, flags)):
            after_previous = k > 0 and order[k - 1] == self.previous[i]
            if i in among and (f or (self.needs_previous(i) and not after_previous)):
                return True
            # "He argued…" after the summary left out the sentence of its article that named him: the
            # reader takes "he" for the last person named, who may be someone else
            if (i in among and readings[k].person_open and not after_previous and k > 0
                    and self.previous[i] is not None and self.where[order[k - 1]][0] == self.where[i][0]):
                return True
            # "“…,” he said." / "She added…": the reader takes the pronoun for the last person the
            # summary named, so that must be the person its own article last named before it
            # (coherence27) so must a "his"/"her" inside it that comes before the sentence names anyone ("After
            # nearly a lifetime had passed, he found himself back in Vietnam, … hoping to find her." after a
            # line about another man)
            # (read blind, coherence27: extending it to a sentence right after its article's line that names
            # no one, or counting only names the analyser found before the pronoun, read worse than main)
            if (i in among and k > 0 and not after_previous
                    and (_leans_on_pronoun(readings[k]) or _unnamed_pronoun(self.facts[i].text, readings[k]))
                    and self.namer(i) != next((order[m] for m in range(k - 1, -1, -1) if readings[m].people), None)):
                return True
            # (coherence63) "He came home …" right after "“…,” the judge said.": the reader takes "he" for the judge
            if (i in among and k > 0 and not after_previous
                    and _after_role_quote(self.facts[i].text, self.facts[order[k - 1]].text)):
                return True
            r = readings[k]
            # (coherence21) another account that enters the summary as a "we" ("We sincerely apologize to
            # Moonlight, …" after a news account's sentences): a group no sentence placed; its article's
            # sentence before it may bring it in (a writer's "I" so cost Multi-News 0.16 R2: measured, left)
            if (i in among and k > 0 and r.first_person and not after_previous
                    and all(self.where[j][0] != self.where[i][0] for j in order[:k])
                    and coherence.collective_voice(self.facts[i].text)):
                return True
            # "The woman was…" deep in a summary: the woman must be the summary's, not another account's
            if i in among and r.description and coherence.stem(r.description) not in said and not after_previous:
                return True
            # "…, the official said" / "these cells": the summary must have spoken of them before
            # (not the lead: the first article sentence, whose "the shooter" / "those troops" points
            # inside itself)
            if (i in among and not after_previous and any(self.where[j][1] >= 0 for j in order[:k])
                    and (any(n not in said for n in r.presupposed) or any(not said.intersection(h) for h in r.pointed)
                         or (not (grouped or _pair_named(r.group, parties)) and any(n not in said for n in r.group)))):
                return True
            # "…, he denied the charges", "at the meeting", "the two met": the summary must have told
            # the event before (charged, met, two people), else the reader asks "which charges?"
            if (i in among and not after_previous and k > 0 and r.events
                    and not all(coherence.told(e, told, people) for e in r.events)):
                return True
            # "Amber Pasztor, the woman who killed her two children, …" after the summary named her in
            # full: another account introducing a person the reader has already met; (coherence33) so
            # does another article's description before the name ("Dutch climber Mara Velde …": within
            # one article the writer's own second description, read blind, lost a repeat and let a worse
            # sentence in; mn-val-47)
            text = self.facts[i].text
            if i in among and k > 0 and any(
                    (name := _full_name(text, o, s)) in introduced
                    and (_introduces(text, o, s) or (introduced[name] != self.where[i][0] and _described(text, o)))
                    for o, s in r.full_names):
                return True
            # (coherence48) "…, when asked about the police cars" after a summary that left out the sentence of
            # its article that brought the cars in: the reader asks "which cars?"
            if i in among and any(pointers.stem(h) not in named and not (people and pointers.person(h))
                                  and not (bodies and pointers.body(h))
                                  for h, _ in self.pointing(i)):
                self.pointed = True
                return True
            # (coherence51) "The former Massachusetts governor … shared his reaction" after a summary that never named
            # the person its article named before it (Romney, after a lead on Warren): the reader meets a stranger
            if i in among and k > 0 and (d := self.described(i)) is not None and not d[0] & told:
                # (mend74) a stranger, like a pointer, never at the cost of a sentence (``choose``); after another person
                # the summary named, the reader takes the role for them: a wrong person is worse than a shorter summary
                self.pointed |= people == 0
                return True
            # (coherence51) "My 4S battery is draining …" of posts the article set out under "Readers are reporting
            # similar problems:", a line the summary cannot take: the reader cannot tell whose "I" it is
            if i in among and self.presented(i, told):  # (mend74) read as the writer's or the reporter's own: no fallback
                return True
            named |= pointers.said(text)
            bodies = bodies or any(m.label == "ORG" for s in self.facts[i].sentences[:1] for m in s.mentions)
            said |= r.stems
            parties |= self.parties(i)
            grouped = grouped or bool(r.groups)
            told |= _lower_words(self.facts[i].text)
            people += len(r.people)
            if self.where[i][1] >= 0 and text.rstrip("\"”’')").endswith((".", "!", "?")):  # a headline names; the lede introduces
                introduced.update((_full_name(text, o, s), self.where[i][0]) for o, s in r.full_names
                                  if _full_name(text, o, s) not in introduced)
        return False

    def parties(self, i: int) -> frozenset[tuple[str, str]]:
        """(review67 #2) The people and organisations sentence ``i`` names (folded), each with its kind ("person"
        or "body"): two of them named anywhere before make a group a "Both companies" / "Both men" can point at
        ("Apple sued Samsung"; "Police arrested Tom Reyes" … "Officers arrested Mark Penrose"). Not a place, nor a
        word the story writes in lower case, nor (review71 #1) a capitalised common plural opening the sentence
        ("Prosecutors said …", "Police said …")."""
        if i in self._parties:
            return self._parties[i]
        out = set()
        text = self.facts[i].text
        for m in self.facts[i].sentences[0].mentions if self.facts[i].sentences else ():
            name = m.text.casefold()
            if (m.kind == "entity" and m.label in ("PERSON", "ORG", "GPE") and name not in self.places
                    and not self.common_word(name) and not _body_opening(text, m.text, m.label)
                    and not _after_preposition(text, m.text)):
                out.add(("person" if m.label == "PERSON" else "body", str(m.value or name)))
        self._parties[i] = frozenset(out)
        return self._parties[i]

    def judged(self, readings: list[coherence.Reading] | None, flags: list[coherence.Flag] | None = None,
               order: list[int] | None = None) -> list[coherence.Flag]:
        """The coherence check's flags (of ``readings``, or ``flags`` as given), less the writer's
        voice after the opening when this context allows it (``late_voice``): a column's "I". Not an
        unplaced "we" (``unplaced_we``, of the candidates ``order``): a statement's voice; nor an "I"
        right after another account's line (``switched_i``): another writer's voice spliced in; nor an "I"
        that goes on from a group's claim (``coherence.WRITERS_I``, unless ``summary_writers_i`` is off)."""
        # mend54: the option reaches the check itself; dropping its flags afterwards left a later line
        # read as going on from a flagged "I" ("writer's we" where the old code flagged nothing)
        flags = coherence.judge(readings or [], self.options.summary_writers_i) if flags is None else flags
        unplaced = [order is not None and k > 0 and self.unplaced_we(order, k) for k in range(len(flags))]
        flags = [coherence.Flag(coherence.WRITERS_WE) if unplaced[k] and not f else f for k, f in enumerate(flags)]
        switched = [order is not None and k > 0 and (self.switched_i(order, k) or self.turn_i(order, k))
                    for k in range(len(flags))]
        if self.late_voice:
            return [coherence.Flag(coherence.FIRST_PERSON) if switched[k] and not f else f for k, f in enumerate(flags)]
        return [coherence.Flag(coherence.FIRST_PERSON) if switched[k] and not f
                else coherence.Flag() if k and f.reason == coherence.FIRST_PERSON and not unplaced[k] and not switched[k]
                else f for k, f in enumerate(flags)]

    def unplaced_we(self, order: list[int], k: int) -> bool:
        """Whether the ``k``-th sentence of ``order`` speaks as "we" outside quotation marks with no
        sentence right before it that gives whose words they are (a speaker or a text it presents:
        ``coherence.speaks``). The writer's voice the fill allows (``summary_voice_fill``) is a column's
        "I"; a "we" so placed is a company's or a family's statement read as the summary's own ("We are
        deeply saddened that Jack the cat has passed away" after the airline's news: protocol C21,
        mn-val-166; "We had a rally, and so … the people walked with me" under a line about Washington,
        mn-val-91); anywhere, a statement's set words ("Our heart also goes out to …", ``_CONDOLENCE``)
        with no speaker in or right before the sentence. Never where the story is told only in that
        voice (``statement_we``: every article a family's statement)."""
        text = self.facts[order[k]].text
        if not self.options.summary_unplaced_we or self.statement_we or not features.first_person(text) & _GROUP_VOICE:
            return False
        # outside the fill, only a statement's set words (``_CONDOLENCE``): a column's "our ancestors"
        # or "reminds us" is the writer's voice, which the check judges (coherence24)
        if self.late_voice and (not _CONDOLENCE.search(features.narration(text))
                                or self.reading(order[k]).verb or coherence.speaks(self.reading(order[k]))):
            return False
        return not (k and coherence.speaks(self.reading(order[k - 1])))

    def switched_i(self, order: list[int], k: int) -> bool:
        """(coherence34) Whether the ``k``-th sentence of ``order`` speaks as a writer's "I"/"me"/"my"
        outside quotation marks, names no speaker, and follows a sentence of another article that gives
        no speaker's words: a column's or a transcript's voice dropped into another account's lines."""
        i, j = order[k], order[k - 1]
        if (not self.options.summary_switched_i or self.where[i][0] == self.where[j][0]
                or not features.first_person(self.facts[i].text) & _SINGLE_VOICE):
            return False
        return not _names_speaker(self.reading(i)) and not coherence.speaks(self.reading(j))

    def turn_i(self, order: list[int], k: int) -> bool:
        """(coherence45) Whether the ``k``-th sentence of ``order`` is a transcript's "I" line (``transcripts``:
        cleaning cut its speaker tags, "OPAL LEE: I kept telling family …") with no speaker in it and none
        in the sentence before it ("That's Opal Lee.", "…, she says, …"): the reader cannot tell whose
        turn it is, and the fill that lets a column's "I" through must not let it in (a column's stays).
        (coherence64, ``summary_turn_spoken``) So is a transcript's line that speaks to someone or opens
        as talk does ("Now what they'll say is, …", "Well, you have to …", "We can't sit here …"): read
        without its speaker as the summary's own words. A host's narration ("Ann Lee set out from her
        church in June.") has no such mark and reads as news.
        An interview whose speakers' tags stay (``interviews``) names its speaker on a turn's first line
        only: each of its other lines is nobody's words where it stands, talk or not ("There's so many
        people who simply don't think they're better off …", the interviewer's)."""
        i = order[k]
        text = self.facts[i].text
        if not self.options.summary_turn_i:
            return False
        if self.where[i][0] in self.interviews:
            if _TURN_TAG.match(text) or order[k - 1] == self.previous[i]:
                return False  # the tag names its speaker; or its turn goes on from the line before
        elif self.where[i][0] not in self.transcripts or not (
                features.first_person(text) & _SINGLE_VOICE or (self.options.summary_turn_spoken and spoken_turn(text))):
            return False
        before = self.reading(order[k - 1])
        return not _names_speaker(self.reading(i)) and not (before.people or coherence.speaks(before))

    def namer(self, i: int) -> int | None:
        """The nearest candidate before ``i`` in its article that names a person (whom a "he said"
        in ``i`` refers to), if any."""
        a, k = self.where[i]
        before = [j for j in self.members.get(a, []) if self.where[j][1] < k]
        return next((j for j in reversed(before) if self.reading(j).people), None)

    def unread(self, order: list[int]) -> list[int]:
        """The sentences of a finished summary that do not read where they stand: flagged by the
        text-only coherence check (what ``accord eval summaries`` counts) or by ``flagged``."""
        flags = self.judged(None, coherence.read([self.facts[i].text for i in order], single=self.single | self.places,
                                                 writers_i=self.options.summary_writers_i),
                            order=order)
        follows = dict(zip(order, order[1:]))
        return [i for i, f in zip(order, flags)
                if (f and (self.voice or f.reason != coherence.FIRST_PERSON)) or self.flagged(order, {i})
                or (self.announces[i] and (self.next[i] is None or follows.get(i) != self.next[i]))]

    def introducer(self, i: int) -> int | None:
        """A candidate that names in full a person ``i`` names by surname alone ("Thomas Meyer" for
        "Meyer said"): the first such of ``i``'s article before it, else the first of another."""
        r = self.reading(i)
        names = {s for _, s in r.surnames}
        given = {g for _, g in r.given}  # "Jimmy said": the sentence that names Jimmy Carter
        if not names and not given:
            return None
        a, k = self.where[i]
        others = [j for b, m in self.members.items() if b != a for j in m]
        for j in [j for j in self.members.get(a, []) if self.where[j][1] < k] + others:
            if names & {s for _, s in self.reading(j).full_names} or given & self.reading(j).forenames:
                return j
        return None

    def pointing(self, i: int) -> tuple[tuple[str, int], ...]:
        """(coherence48) For each "the + noun" of candidate ``i`` that may point back (``pointers.pointers``), the
        noun and the nearest candidate before it in its article that brings the thing in ("a device"): the
        summary must have said the noun before ``i``, or take that sentence. None for a headline, or off. (mend72)
        Not when only a line that is no candidate brings it in (a tweet quoted whole, a caption: the summary
        could not take it, mn-val-88), nor one that brings in another thing of its kind (``pointers.background``)."""
        if i in self._pointing:
            return self._pointing[i]
        out: list[tuple[str, int]] = []
        a, k = self.where[i]
        if self.options.summary_pointers and k > 0:
            before = [j for j in self.members.get(a, []) if self.where[j][1] < k]
            text = self.facts[i].text
            for _, head in pointers.pointers(text):
                # (review91) the nearest sentence that brings the thing in, unless a nearer one tells its act by verb
                j = next((j for j in reversed(before) if pointers.introduces(self.facts[j].text, head)
                          or pointers.tells(self.facts[j].text, head)), None)
                if j is not None and not pointers.introduces(self.facts[j].text, head):
                    continue
                if j is not None and not (self.background[j] or pointers.background(self.facts[j].text, head)):
                    out.append((head, j))
        self._pointing[i] = tuple(out)
        return self._pointing[i]

    def described(self, i: int) -> tuple[frozenset[str], int] | None:
        """(coherence51) For candidate ``i`` that describes a person by a role before it names anyone
        (``roles.described``: "The former Massachusetts governor …", "the actress"), the folded surnames of the
        role's person and the sentence of its article before it that names them: the summary must have named one
        of them, or take that sentence before ``i``. (mend74) The role's person is whom its article writes with that
        role word ("Mayor Tom Reed", "Tom Reed, the mayor"), else the first person named by the nearest sentence
        before it that names one (``namer``) if that person can hold it (no other title: "Forecaster Ann Lee" is
        no "the mayor"; any for a past role, "the former governor"); None when unsure, off, or for a headline."""
        if i not in self._described:
            self._described[i] = None
            a, k = self.where[i]
            text = self.facts[i].text
            at = roles.described(text) if self.options.summary_roles and k > 0 else ()
            r = self.reading(i) if at else None
            if (r is not None and at[0] < min(r.people, default=len(text))
                    and not roles.names_before(text, at[0], self.common_word)):
                self._described[i] = self._role_holder(i, *roles.role(text, at[0]))
        return self._described[i]

    def _role_holder(self, i: int, head: str, past: bool) -> tuple[frozenset[str], int] | None:
        """(mend74) ``described``'s person for the role word ``head`` of candidate ``i`` (``past``: a former one)."""
        a, k = self.where[i]
        before = [j for j in reversed(self.members.get(a, [])) if self.where[j][1] < k]
        holders: dict[str, int] = {}
        for j in before:
            for o, n in self._people_of(j):
                if roles.titled(self.facts[j].text, o, head):
                    holders.setdefault(n, j)
        if holders:
            return frozenset(holders), max(holders.values(), key=lambda j: self.where[j][1])
        last = self.namer(i)
        names = self._people_of(last) if last is not None else []
        if last is None or not names or (not past and roles.other_title(self.facts[last].text, names[0][0], head)):
            return None
        return frozenset({names[0][1]}), last

    def _people_of(self, j: int) -> list[tuple[int, str]]:
        """The people candidate ``j`` names in full or by surname (offset, folded surname), outside quotation marks
        (not a song's title, "Pon De Replay")."""
        rj, spans = self.reading(j), pointers.quoted(self.facts[j].text)
        return sorted(n for n in (*rj.full_names, *rj.surnames) if coherence.outside(spans, n[0]))

    def presented(self, i: int, told: frozenset[str] | set[str]) -> bool:
        """(coherence51) Whether candidate ``i`` speaks as "I"/"me"/"my" outside quotation marks, names no speaker of
        it (``owned``), and stands in a text its article presents under a line ending on a colon or a post's
        handle (``roles.presented``) whose writer the summary so far (``told``: its words) never named: the line
        names no one ("Readers are reporting similar problems:"), or no one the summary named ("Cosby’s reply was
        every bit as convoluted:" before Cosby is named; "he wrote:" before the person its article tells wrote it,
        ``_writer``, or with no such person told). No line the summary can take places its writer. Off with
        ``summary_presented_i``."""
        f = self.facts[i]
        if (not self.options.summary_presented_i or self.where[i][1] <= 0 or not f.sentences
                or not features.first_person(f.text) & _SINGLE_VOICE or self.reading(i).owned):
            return False
        s = min(f.sentences, key=lambda s: s.index)
        text = self._texts.get(s.article, "")
        line = (roles.presented(text, s.start, self.options.summary_presented_reach)
                if text and 0 < s.start <= len(text) else None)
        if line is None:
            return False
        names, pronoun = roles.writers(line, self.common_word)
        if names & told:
            return False
        writer = self._writer(i) if pronoun else None
        # (mend74) "he wrote:" whose writer no sentence before tells: flagged (the reader would take the "I" for the
        # person the summary named, or for no one; a misattribution is worse than a line left out)
        return writer is None or writer not in told

    def _writer(self, i: int) -> str | None:
        """(mend74) The folded surname of whom "he wrote:" stands for, above candidate ``i``: the person named before
        the act of writing ("Tom Dale … left a letter at his home") in the nearest sentence of its article before ``i``
        that tells one (``roles.wrote_at``), not the last person named (a police chief who found the letter)."""
        a, k = self.where[i]
        for j in reversed([j for j in self.members.get(a, []) if self.where[j][1] < k]):
            at = roles.wrote_at(self.facts[j].text)
            if at is not None:
                names = [n for o, n in self._people_of(j) if o < at]
                if names:  # "In the letter, he wrote:" itself: its subject is the pronoun, read on above
                    return names[0]
        return None

    def needs_previous(self, i: int) -> bool:
        r = self.reading(i)
        return (r.other_open or (r.quote_open and not r.verb) or bool(CONNECTIVE.match(self.facts[i].text))
                or _adds_to_previous(self.facts[i].text) or closes_quote(self.facts[i].text)
                or leans_back(self.facts[i].text)
                or quoted_pointer(self.facts[i].text)
                or _they_after_opener(self.facts[i].text)  # (coherence27) "For an instant, they get to gloat"
                or (self.options.summary_fragments and wholly_bracketed(self.facts[i].text)))  # (coherence35) an aside

    def of_column(self) -> np.ndarray:
        """(coherence42) Each candidate of an article whose title carries a column's label: decided from the
        story's articles as ingested (``column_articles``, mend57), else, with no articles (training), from its
        headline candidate (``column_head``)."""
        columns = column_articles(self.view.articles) | {
            a for f, (a, k) in zip(self.facts, self.where) if k < 0 and column_head(f.text)}
        return np.array([a in columns for a, _ in self.where], dtype=bool)

    def greedy(self, scores: np.ndarray, blocked: np.ndarray) -> list[int]:
        """The lead, then MMR picks that read in context, in story order (plus the fill)."""
        options, words, sims = self.options, self.words, self.sims
        n = len(self.facts)
        budget = options.words
        open_ = ~blocked  # not chosen, and its fact not told yet
        red = np.zeros(n, dtype=sims.dtype)  # similarity to the closest chosen fact (MMR redundancy)
        chosen: list[int] = []
        used = 0

        said: set[str] = set()  # content words the summary has used

        def take(i: int) -> None:
            nonlocal used, open_, red
            chosen.append(i)
            used += int(words[i])
            if len(chosen) == 1:  # (coherence19) a page's headline line opens the summary or is not told
                open_ &= ~self.heads_after(i)
            open_ &= self.fact_of != self.fact_of[i]  # one telling per fact
            red = np.maximum(red, sims[:, i])
            if self.where[i][1] >= 0:  # a lead retelling its headline with the details is news style, not a repeat
                said.update(_stems(self.facts[i].text))
            if self.where[i][1] < 0 and options.summary_one_headline:  # one headline opens; more are a list
                open_ &= self.heads >= 0
            for h in self.retold_heads(chosen):  # its lede (or another account's) told all it said
                chosen.remove(h)
                used -= int(words[h])
            for e in self.told_later(chosen):  # (coherence39) the fuller telling stays, the shorter goes
                chosen.remove(e)
                used -= int(words[e])

        def new(i: int) -> bool:
            """Whether a candidate says enough the summary has not said (a near-repeat does not); an
            opening sentence of another article than the lead's must say much more (a second lede)."""
            nonlocal open_
            if options.summary_quote_repeats and quote_retold(self.facts[i].text, [self.facts[j].text for j in chosen]):
                return False  # (coherence19) the same statement quoted again by another outlet
            if self.repeats(i, chosen) or self.claim_told(i, chosen):
                if self.where[i][1] < 0 and options.summary_one_headline:
                    open_ &= self.heads >= 0  # a headline retelling the lead: every other headline would too
                return False  # the same event told in other words ("began withdrawing" / "have begun leaving")
            if self.where[i][1] < 0 and any(title_told(self.facts[i].text, self.facts[j].text, options.summary_title_told)
                                            for j in chosen if self.where[j][1] >= 0):
                open_ &= self.heads >= 0  # any title taken now would open above this lede: a retelling or another event's head
                return False  # (coherence47) a title over the lede that tells its who-did-what: one claim twice
            if self.where[i][1] < 0 and self.title_restated(i, chosen):
                open_ &= self.heads >= 0  # every other title would open above the same lede
                return False  # (coherence70) the lede below it tells the same news, in full
            st = _stems(self.facts[i].text)
            if not st or self.where[i][1] < 0:  # a headline sums up what the lead details
                return True
            if options.summary_opening_retold and opening_retold(self.facts[i].text,
                                                                   [self.facts[j].text for j in chosen]):
                return False  # (selection24) its subject and predicate told again by another account
            second_lede = bool(chosen) and self.top[i] and self.where[i][0] != self.where[chosen_lead()][0]
            if second_lede and self.first[i]:
                for k, lead_text in enumerate(self.ledes(chosen_lead(), chosen)):
                    lede = _stems(lead_text)
                    least = options.summary_lede_block if k else 0  # a short line of the lead's block: not a word or two
                    if len(st & lede) >= max(least, options.summary_lede_overlap * len(lede)):
                        return False  # another outlet's opening retells the event the lead told
                    if (events.subject_names(self.facts[i].text) & events.subject_names(lead_text)
                            and len(st & lede) >= options.summary_lede_subject_overlap * len(lede)):
                        return False  # … in other words, of the same subject ("Joe Biden said he would seek" / "announced")
            if second_lede and options.summary_lede_restarts and self.restarts(i, chosen):
                return False  # (coherence28) its subject brought in unnamed: the story told again from its start
            share = options.summary_lede_novelty if second_lede else options.summary_novelty
            return len(st - said) >= share * len(st)

        def chosen_lead() -> int:
            return next(i for i in chosen if self.where[i][1] >= 0) if any(self.where[i][1] >= 0 for i in chosen) \
                else chosen[0]

        def backbone(lead: int) -> None:
            """The lead article's next sentences in its order, up to ``summary_backbone`` of the budget:
            one account's opening is a coherent lede by construction. A sentence that does not read
            where it stands, repeats, or is no candidate (a caption, an aside) is passed over.

            With ``summary_run`` the opening is one run without a gap, up to that share of the budget:
            a sentence left out would leave the next one's "he" or "the plan" pointing at nothing, so
            the run stops at the first sentence that does not read where it stands (a fragment or an
            aside too short to be a candidate, or the account retelling what the summary told, is
            passed: leaving it out leaves nothing pointing at it)."""
            if options.summary_run > 0:
                limit = budget * options.summary_run
                for j in self.after.get(lead, []):
                    if used + words[j] > limit:
                        break
                    if words[j] < options.summary_min_words or self.aside[j]:
                        continue
                    if not open_[j] or red[j] >= options.summary_max_similarity or not new(j):
                        continue  # the account retelling its lede ("have begun leaving"): nothing lost
                    if (not self.background[j] and leans_back(self.facts[j].text)
                            and self.flagged(self.order(chosen + [j]), {j})):
                        continue  # (selection24) "In each case, …" after a line that is no candidate (a
                        # caption): passed like an aside, since no later sentence points at it
                    if self.background[j] or self.flagged(self.order(chosen + [j]), {j}):
                        break
                    if self.announces[j]:  # "This is not the first time …": only with the case it announces
                        nxt = self.next[j]
                        if (nxt is None or not open_[nxt] or used + words[j] + words[nxt] > limit
                                or red[nxt] >= options.summary_max_similarity or not new(nxt) or self.background[nxt]
                                or self.flagged(self.order(chosen + [j, nxt]), {j, nxt})):
                            break
                        take(j)
                        take(nxt)
                        continue
                    take(j)
                return
            limit = budget * options.summary_backbone
            for j in self.after.get(lead, []):
                if used + words[j] > limit:
                    break
                if (not open_[j] or red[j] >= options.summary_max_similarity or not new(j)
                        or self.background[j] or self.flagged(self.order(chosen + [j]), {j})):
                    continue
                take(j)

        open_ &= ((words >= options.summary_min_words) & ~self.aside) | (self.heads < 0)
        open_ &= ~self.dek_told  # (coherence36) its lede below tells it, in full
        if options.summary_no_listing_heads:  # (coherence30) a list's or an explainer's label tells no news
            open_ &= ~np.array([k < 0 and listing(f.text) for f, (_, k) in zip(self.facts, self.where)], dtype=bool)
        if options.summary_no_opinion_heads:  # (coherence42) a column's headline is its writer's view, not news
            column = np.array([k < 0 and opinion_head(f.text) for f, (_, k) in zip(self.facts, self.where)], dtype=bool)
            if options.summary_no_opinion_titles:  # (coherence70) … and an opinion piece's own title, label or not
                pieces = {self.where[i][0] for i in np.flatnonzero(self.opinion).tolist()}  # ("The evidence doesn't
                column |= np.array([k < 0 and a in pieces for a, k in self.where], dtype=bool)  # back …"): a view
            open_ &= ~column
            if options.summary_no_opinion_lines and self.columns_out:
                # (coherence42) … and so are its lines ("This should scare everyone", "Trump has put his ego
                # before …"): told without their writer they read as the brief's own; only while another
                # account can open the summary (``_choose`` runs again with them when nothing was chosen)
                of_column = self.of_column()
                if (open_ & ~of_column & self.lead_ok).any():
                    open_ &= ~of_column
        spill: int | None = None
        while open_.any() and used < budget:
            fits = used + words <= budget
            ok = open_ & (red < options.summary_max_similarity)
            if not chosen:  # the lead: the best candidate that can open the summary, if any can
                tops = np.flatnonzero(ok & fits & self.lead_ok)
                if not len(tops) and not options.summary_fill:
                    # (coherence72) every lede runs past the budget: the best of them still opens (a
                    # reader cutting at the budget reads its start), not a short aside that happens to fit
                    tops = np.flatnonzero(ok & self.lead_ok)
                rank = np.full(n, -np.inf)
                rank[tops] = scores[tops] + options.summary_lead_top_bonus * self.top[tops]  # an article's top, unless far worse
                if options.summary_lead_state_penalty:  # a lede tells what happened, not a standing state
                    rank[tops] -= options.summary_lead_state_penalty * np.array(
                        [events.states(self.facts[i].text) for i in tops.tolist()], dtype=np.float64)
                rank[tops] -= options.summary_opinion_penalty * self.opinion[tops]  # a news account opens, not a column
                rank[tops] -= options.summary_reference_penalty * self.reference[tops]  # nor a reference page
                shared = np.array([self.shared(int(i)) for i in tops.tolist()], dtype=np.float64)
                if options.summary_lead_event_bonus:  # the event the other accounts open on, not another angle
                    rank[tops] += options.summary_lead_event_bonus * shared
                if options.summary_lead_timely_bonus and len(tops):  # (coherence29) an account opening on
                    # the event's day, among the ledes that tell the event the accounts open on as well as any
                    rank[tops] += options.summary_lead_timely_bonus * np.array(
                        [bool(self.first[i]) and shared[k] >= shared.max() and events.timely(self.facts[int(i)].text)
                         for k, i in enumerate(tops.tolist())], dtype=np.float64)
                lead = next((int(i) for i in tops[np.argsort(-rank[tops], kind="stable")]
                             if not self.short[i] and self.lead(int(i))), None)
                if lead is not None:  # the lede that states what most outlets state, among leads of like value
                    lead = self.prefer(rank, lead, options.summary_lead_stated_margin, self.lead,
                                       self.opening_outlets if options.summary_lead_opening > 1 else None)
                if lead is not None and options.summary_run > 0:  # the run starts at its account's opening
                    lead = self.opening_of(lead)
                if lead is not None:
                    take(lead)
                    if self.reading(lead).dateline:  # "WASHINGTON —" opens the summary, no headline above it
                        open_ &= self.heads >= 0
                    backbone(lead)
                    continue
            if not options.summary_fill:
                ok &= fits
            if options.summary_off_similarity > 0 and chosen:  # (coherence40) a far account's unlinked line: only
                off = self.off_matter(chosen, ok)  # with nothing else left, while the summary is under the fill share
                if off.any() and ((ok & ~off).any() or used >= budget * options.summary_off_fill):
                    ok &= ~off
            if not ok.any():
                break
            val = np.where(ok, scores - options.summary_redundancy * red, -np.inf)
            best = int(np.argmax(val))  # the first of equal values, as a scan in index order keeps
            if val[best] == -np.inf:
                break
            best = self.prefer(val, best, options.summary_stated_margin)
            if self.other_days(best, chosen):
                open_[best] = False
                continue
            if self.quote_runs[best] and new(best) and self.alone(best, chosen):
                # (coherence35) a quotation its next sentence closes: both, or neither
                open_[best] = False
                nxt = self.next[best]
                if (nxt is not None and open_[nxt] and used + words[best] + words[nxt] <= budget
                        and red[nxt] < options.summary_max_similarity and self.fact_of[nxt] != self.fact_of[best]
                        and not self.other_days(nxt, chosen) and new(nxt)
                        and not self.flagged(self.order(chosen + [best, nxt]), {best, nxt})):
                    take(best)
                    take(nxt)
                continue
            if not new(best) or not self.alone(best, chosen) or self.announces[best]:
                open_[best] = False
                continue
            if self.where[best][1] < 0 and chosen and self.untold_names(best, chosen):
                # a headline whose subject the summary never names gives way to one whose names it tells
                told = next((h for h in sorted(np.flatnonzero(ok & (self.heads < 0)).tolist(), key=lambda h: -val[h])
                             if h != best and not self.untold_names(h, chosen) and new(h)
                             and not _QUOTED_OR_ASKING.search(self.facts[h].text)  # a question opening goes unanswered
                             and not self.flagged(self.order(chosen + [h]), {h})), None)
                if told is not None:
                    open_[best] = False
                    best = told
            if not fits[best]:  # (summary_fill) the best next sentence goes last, where the reader cuts
                if not self.flagged(self.order(chosen) + [best], {best}):
                    spill = best
                    break
                open_[best] = False
                continue
            if not self.flagged(self.order(chosen + [best]), {best}):
                take(best)
                continue
            open_[best] = False  # as it stands it does not read; perhaps with the sentence before it,
            # or with the sentence of its article that gives the full name of a surname it uses alone
            for p in dict.fromkeys((self.previous[best], self.introducer(best), *(j for _, j in self.pointing(best)),
                                    *(d[1:] if (d := self.described(best)) else ()))):
                if (p is not None and open_[p] and used + words[p] + words[best] <= budget
                        and not self.other_days(p, chosen)
                        and red[p] < options.summary_max_similarity
                        and self.fact_of[p] != self.fact_of[best]
                        and self.alone(p, chosen)
                        and new(p)  # (coherence15) an introducer that retells the lead is a second lede
                        and not self.flagged(self.order(chosen + [p, best]), {p, best})):
                    take(p)
                    take(best)
                    break
        order = self.order(chosen) if options.summary_order == "article" else chosen
        if spill is not None and options.summary_order == "article" and self.opens_above(spill, order):
            order = self.order(chosen + [spill])  # the lead's own lede: it opens, as the article has it
        elif (spill is not None and options.summary_order == "article" and self.where[spill][1] < 0
              and not _QUOTED_OR_ASKING.search(self.facts[spill].text)):
            # a headline opens the summary, as story order has it: put last, after the body, it retells
            # the news the lede told, an orphan repeat (C15: "… according to a government report
            # Friday. Retail sales fall a record 16.4 percent in April,"; coherence16). Not one that
            # quotes someone or asks: opening the summary, "‘It’s Not True’: South Korea Trashes …"
            # contradicted the lede and "What are the pros and cons?" went unanswered (the reader of
            # coherence16's sheet scored both below the cut fragment at the end)
            order = self.order(chosen + [spill])
        elif spill is not None and (self.where[spill][1] >= 0 or self.options.summary_head_trails):
            order.append(spill)  # last, so that a reader cutting at the budget cuts only this one; not a
            # headline (coherence30): after the body it begins a second story the budget cuts
        return order

    def ledes(self, lead: int, chosen: list[int]) -> list[str]:
        """The texts another account's opening is compared with (a second lede): the lead's, and with
        ``summary_lede_block`` (coherence36) every chosen sentence of its article's top. A standfirst that
        opens the summary ("The 'Late Show' host's recent trip … will be broadcast …") is followed by the
        lede that tells the event; another outlet's opening retelling that lede is a second lede too."""
        if self.options.summary_lede_block <= 0:
            return [self.facts[lead].text]
        a = self.where[lead][0]
        return [self.facts[lead].text] + [self.facts[j].text for j in chosen
                                          if j != lead and self.where[j][0] == a and self.where[j][1] >= 0 and self.top[j]]

    def other_days(self, i: int, chosen: list[int]) -> bool:
        """(coherence31, ``summary_fill_writer_days``) Whether ``i``, of another account than the
        lead's, dates by its writer's day (``events.writer_day``: "yesterday", "last Monday"): after
        the lede the reader counts that day from the lede's page, filed perhaps days apart."""
        if not self.options.summary_fill_writer_days or not chosen:
            return False
        leads = [j for j in chosen if self.where[j][1] >= 0]
        return bool(leads) and self.where[i][0] != self.where[leads[0]][0] and events.writer_day(self.facts[i].text)

    def retold_heads(self, chosen: list[int]) -> list[int]:
        """The headlines in ``chosen`` (a line with no stop above its article's first sentence, as
        Multi-News pages print it; not a title) that the summary's other sentences tell (``headline_retold``: its lede below it, or
        another account's, says it all) and that can go: every other sentence still reads without
        it. Read above such a lede a headline tells one fact twice (protocol C, coherence18)."""
        share = self.options.summary_headline_novelty
        if len(chosen) < 2:
            return []
        out = []
        for h in chosen:
            text = self.facts[h].text
            if self.where[h][1] < 0:  # (coherence70) a title a chosen sentence of the body restates goes
                rest = [j for j in chosen if j != h and j not in out]
                if self.title_restated(h, rest) and not self.flagged(self.order(rest), set(rest)):
                    out.append(h)
                continue
            if share <= 0 or stopped(text):
                continue  # a sentence of the body
            rest = [j for j in chosen if j != h and j not in out]
            told = [self.facts[j].text for j in rest]
            said = frozenset().union(*(_stems(t) for t in told))
            if headline_retold(text, said, told, share) and not self.flagged(self.order(rest), set(rest)):
                out.append(h)
        return out

    def title_restated(self, h: int, chosen: list[int]) -> bool:
        """(coherence70, ``summary_title_restated``) Whether the chosen sentence that opens the body restates the
        title ``h`` (``title_restated``): over its lede such a title is the same news twice in a short summary
        (protocol C, NeuS: "headline, then a lede that restates it"); the lede, fuller and cited by its
        outlets, stays, and the title's words go to the next new fact if one fits (else the summary is shorter)."""
        share = self.options.summary_title_restated
        body = self.order([j for j in chosen if self.where[j][1] >= 0])
        # only the sentence that opens the body, the one read right under the title: a later one restating it leaves,
        # with the title gone, another line to open the summary ("… said one of its members survived") and the event late
        return share > 0 and bool(body) and title_restated(self.facts[h].text, self.facts[body[0]].text, share)

    def restarts(self, i: int, chosen: list[int]) -> bool:
        """Whether another account's opening ``i`` (its first candidate, or the first that could open a
        summary: below a transcript or a headline line) would restart the story after the summary's
        lead: it brings in its subject as a person it names later ("A convicted sex predator … is now a
        multi-millionaire.", ``coherence.anonymous_lede``), or as a thing that happened ("A suspected
        Russian hack that is rippling across federal agencies …", ``coherence.anonymous_thing``). Readers
        of protocol C28 scored such a second lede as the story told again from its start. Deeper in an
        account "A ferry company offered …" is a new party; "A recall election had been set …" is
        background, "A hearing is set for March 3" what comes next."""
        a = self.where[i][0]
        opener = next((j for j in self.members.get(a, []) if self.lead_ok[j] and not self.page_head[j]), None)
        if not (self.first[i] or i == opener):
            return False
        text = self.facts[i].text
        return coherence.anonymous_lede(text) or coherence.anonymous_thing(text)

    def off_matter(self, chosen: list[int], among: np.ndarray) -> np.ndarray:
        """(coherence40, ``summary_off_similarity``) The candidates of ``among`` that do not tie in with the
        summary: of an article far from the lead's (``far_from``: another matter filed with the story, or an
        account only loosely tied to the lede's) and naming no one and nothing the chosen sentences name (an
        entity's key, or a run of capitalised words the chosen text writes: ``name_runs``). Readers of
        protocol C read such a line as an abrupt switch to an unrelated story (a neurologists' paper beside
        an arrest, an archive page's lines) or as a summary stitched from two accounts; a reaction or an
        inquiry into the summary's event names its people, and stays."""
        out = np.zeros(len(self.facts), dtype=bool)
        lead = next((j for j in chosen if self.where[j][1] >= 0), chosen[0])
        far = self.far_from(self.where[lead][0])
        if not far:
            return out
        named = frozenset().union(*(self.names_of(j) for j in chosen))
        told = " ".join(self.facts[j].text for j in chosen)
        for i in np.flatnonzero(among).tolist():
            out[i] = (self.where[i][0] in far and not (self.names_of(i) & named)
                      and not any(r in told and written_apart(r, told, after="-")
                                  for r in name_runs(self.facts[i].text)))  # (speed28) a run not written: no pattern
        return out

    def names_of(self, i: int) -> frozenset[str]:
        """The entities (their keys, folded) candidate ``i`` names."""
        if i not in self._names:
            self._names[i] = frozenset(str(m.value or m.text).lower() for s in self.facts[i].sentences
                                       for m in s.mentions if m.kind == "entity" and (m.value or m.text))
        return self._names[i]

    def far_from(self, article: str) -> frozenset[str]:
        """The story's articles with candidates whose whole text's TF-IDF cosine with ``article``'s, and with
        every article near it, is below ``summary_off_similarity`` (``affinity``): another matter filed with
        the story, or an account only loosely tied to ``article``'s. Two short texts share few words by chance, so both must be of
        ``summary_off_min_words`` words or more (NeuS's 10–90-word accounts of one event never are)."""
        if article not in self._far:
            least = self.options.summary_off_similarity
            sims = self.near.get(article, {})
            near = {article} | {b for b, v in sims.items() if v >= least}
            far = {a for a in self.members if a not in near and a in sims
                   and all(self.near.get(a, {}).get(b, 0.0) < least for b in near)}
            self._far[article] = frozenset(far) if article in self.members else frozenset()
        return self._far[article]

    def opening_of(self, i: int) -> int:
        """The opening of lede ``i``'s account: the first of its article's top candidates up to ``i``
        that can open a summary (``lead``) and tells the event the other accounts open on as well as
        ``i`` does (``shared``), else ``i``. The run then reads the account from its start (who and
        what first), through ``i``, rather than from its second sentence."""
        opener = self._opener(i)
        return i if opener is None else opener

    def _opener(self, i: int) -> int | None:
        """The first of candidate ``i``'s article's top candidates above it that can open (``lead``) and tells the
        event the other accounts open on as well as ``i`` does (``shared``), if that first one does (``opening_of``)."""
        a, k = self.where[i]
        j = next((j for j in self.members.get(a, []) if self.where[j][1] < k and self.top[j] and not self.dek_told[j]
                  and self.lead(j)), None)  # (coherence36) not a line its lede tells again
        # an opening on another angle than the event the accounts open on (a budget vote above "the
        # mayor resigned") would put the main event second: the run then starts at the lede
        return j if j is not None and self.shared(j) >= self.shared(i) else None

    def alone(self, i: int, chosen: list[int]) -> bool:
        """With ``summary_run`` and ``summary_run_alone``, whether a sentence of another article than the lead's stands alone:
        no pronoun or pointing opener, connective, quotation with no speaker or "he said" (a description
        such as "the bridge" is the coherence check's: the summary may have named it). Next to another account's sentences it cannot lean on its own article's
        previous sentence, and a "he" there reads as the last person the run named."""
        if self.options.summary_run <= 0 or not self.options.summary_run_alone or not chosen:
            return True
        lead = next((j for j in chosen if self.where[j][1] >= 0), None)
        if lead is None or self.where[i][0] == self.where[lead][0] or self.where[i][1] < 0:
            return True
        r = self.reading(i)
        return not (r.person_open or r.other_open or (r.quote_open and not r.verb) or r.pronoun is not None
                    or self.needs_previous(i) or _unnamed_pronoun(self.facts[i].text, r))

    def proper(self) -> frozenset[str]:
        """Surnames (folded) of the people the story names in full (``coherence.full_surnames``) that its
        sentences write capitalised, never in lower case, and show to be a person's (``coherence.is_person``):
        "clinton"; not "kids" of a headline in title case."""
        if self._proper is None:
            lower: set[str] = set()
            text = []
            for i, (_, k) in enumerate(self.where):
                if k >= 0:
                    text.append(self.facts[i].text)
                    lower.update(w for w in _WORD.findall(self.facts[i].text) if w[0].islower())
            story = "\n".join(text)
            full = coherence.full_surnames(m for f in self.facts if self.where_of(f) >= 0 for m in _mentions(f, self.places))
            # a person by the story's own words: a speaker or a title ("Trump said", "Mr. Cohn"), so not
            # a storm, an index or a building the analyser took for one ("Harvey", "Dow", "the White House")
            self._proper = frozenset(w for w in full if w not in lower and w not in STOP_WORDS
                                     and (coherence.is_person(w, story) or _titled(w, story)))
        return self._proper

    @staticmethod
    def where_of(f: Fact) -> int:
        return _position(f)[1]

    def untold_names(self, h: int, chosen: list[int]) -> frozenset[str]:
        """The people headline ``h`` is about (``proper``, named in its subject: ``_subject``) whom the summary's body below it does not name:
        its chosen sentences and its lead's article read on to the budget. Above such a body the headline
        promises what the summary does not tell (protocol C18, neus-val-169: "Bill Clinton visited …"
        over a lede of another person's correspondence; neus-val-1: "Trump responds …" over Japan's
        warning)."""
        names = frozenset(_fold_words(_subject(self.facts[h].text))) & self.proper()
        if not names:
            return frozenset()
        body = [j for j in chosen if self.where[j][1] >= 0]
        if body:
            room = self.options.words - sum(int(self.words[j]) for j in chosen)
            for j in self.after.get(body[0], []):
                if room <= 0:
                    break
                body.append(j)
                room -= int(self.words[j])
        told = {w for j in body for w in _fold_words(self.facts[j].text)}
        # "Kim Jong-un" is told by "Kim Jong Un": a hyphenated name by its parts
        return frozenset(w for w in names - told if not ("-" in w and all(p in told for p in w.split("-") if p)))

    def shared(self, i: int) -> float:
        """Share of the story's other articles whose opening (headline or first candidate sentences)
        tells the event candidate ``i`` tells (``events.same_event``): the main event is what most
        accounts open on; a lede no other account opens with is another angle or background."""
        if i not in self._shared:
            own = self.where[i][0]
            others = [a for a in self.opening if a != own]
            text = self.facts[i].text
            told = sum(any(events.same_event(text, self.facts[j].text) for j in self.opening[a]) for a in others)
            self._shared[i] = told / len(others) if others else 0.0
        return self._shared[i]

    def repeats(self, i: int, chosen: list[int]) -> bool:
        """Whether candidate ``i`` tells an event a chosen sentence tells (``events.same_event``: the
        same actor and action, no figure or day against it), a headline the lead's event included:
        a reader reads the same news twice, which word overlap misses when the outlets' words differ."""
        if not self.options.summary_event_repeats:
            return False
        text = self.facts[i].text
        return any(events.same_event(text, self.facts[j].text) for j in chosen)

    def claim_told(self, i: int, chosen: list[int]) -> bool:
        """Whether candidate ``i`` tells again a claim a chosen sentence told and adds nothing the
        summary lacks (``events.claim_retold``; coherence37): "Among those charged was Smith, according
        to court records." after "Smith was indicted last week on six charges", or a headline after the
        lede that tells it. A lede is not read against a chosen headline (it tells the headline's news
        with its details, news style)."""
        if not self.options.summary_claim_repeats or not chosen:
            return False
        told = [self.facts[j].text for j in chosen if not (self.where[i][1] >= 0 > self.where[j][1])]
        if not told:
            return False
        return events.claim_retold(self.facts[i].text, told, self.options.summary_claim_new_words)

    def told_later(self, chosen: list[int]) -> list[int]:
        """(coherence39, ``summary_claim_retold_later``) The sentences chosen before the last one, ``chosen[-1]``,
        whose claim it tells in full (``events.claim_retold`` the other way round): "Smith was indicted last
        week." then "Smith was indicted last week on six counts of fraud, prosecutors said." tell one fact
        twice, and ``claim_told`` only stops the shorter one when it comes second. Kept: a quotation (the
        speaker's own words), the lead unless the fuller sentence can open
        the summary, and any whose leaving would leave another sentence unread (a lede that gives the
        full name the fuller one gives by surname alone). A headline: ``retold_heads``."""
        if not self.options.summary_claim_retold_later or len(chosen) < 2:
            return []
        last = chosen[-1]
        fuller = self.facts[last].text
        if self.where[last][1] < 0:
            return []  # a headline sums up: it tells nothing in full
        lead = next((j for j in chosen if self.where[j][1] >= 0), None)
        out: list[int] = []
        for j in chosen[:-1]:
            text = self.facts[j].text
            if self.where[j][1] < 0 or _QUOTE_MARK.search(text):
                continue  # a headline (``retold_heads`` rules those); a quotation, the speaker's own words
            if j == lead and not self.lead(last):
                continue  # the lede stays where the fuller sentence cannot open the summary
            if not events.claim_retold(text, [fuller], self.options.summary_claim_new_words):
                continue
            rest = [k for k in chosen if k != j and k not in out]
            if not self.flagged(self.order(rest), set(rest)):
                out.append(j)
        return out

    def opens_above(self, i: int, order: list[int]) -> bool:
        """Whether ``i`` is a sentence of the summary's lead article above the lead that can open the
        summary itself: its lede, which story order puts first (a sentence that crosses the budget
        put last would tell the lede after its details: "In particular, the analysis …" first)."""
        lead = next((j for j in order if self.where[j][1] >= 0), None)
        return (lead is not None and self.options.summary_lede_first and self.where[i][0] == self.where[lead][0]
                and 0 <= self.where[i][1] < self.where[lead][1] and self.lead(i)
                and not self.flagged(self.order(order + [i]), {i}))

    def prefer(self, value: np.ndarray, best: int, margin: float, can: Callable[[int], bool] | None = None,
               count: Callable[[int], int] | None = None) -> int:
        """Among the candidates whose ``value`` is within ``margin`` of ``best``'s (and that ``can``
        stand there), the one most independent outlets state, the higher value on ties; ``best``
        when none is stated by more. Scores differ by less than their noise between sentences of
        like value: what several accounts state is the safer summary and carries their citations.
        ``count`` weighs a candidate otherwise (a lede by its account's opening: ``opening_outlets``)."""
        if margin <= 0 or self.stated is None:
            return best
        count = count or self.outlets
        near = np.flatnonzero((value >= value[best] - margin) & (self.several if count == self.outlets
                                                                  else np.isfinite(value)))
        mine = count(best)
        # (speed27) best first by what each can reach at most (``_most``): a candidate is checked only when
        # no candidate checked so far can still beat it; the first of the order below that ``can`` stand
        # there is the one the whole sort would give (a bound is never below the count it stands for)
        heap = [(-most, -value[i], i, False) for i in near.tolist()
                if i != best and (most := self._most(i, count)) > mine]
        heapq.heapify(heap)
        while heap:
            _, _, i, exact = heapq.heappop(heap)
            if not exact:
                if (n := count(i)) > mine:
                    heapq.heappush(heap, (-n, -value[i], i, True))
            elif can is None or can(i):
                return i
        return best

    def _most(self, i: int, count: Callable[[int], int]) -> int:
        """The most ``count(i)`` can be, without a support check when ``at_most`` bounds it (for ``outlets``
        and ``opening_outlets``, its sum over an account's opening); else ``count(i)`` itself."""
        if count == self.outlets:
            return self._outlets_most(i)
        if count == self.opening_outlets:
            return sum(self._outlets_most(j) - 1 for j in self._opening_run(i))
        return count(i)

    def _outlets_most(self, i: int) -> int:
        """``outlets(i)`` when known, else the most it can be (``at_most``: no sentence compared)."""
        if self.at_most is None or not self.several[i] or i in self._outlets or self.stated is None:
            return self.outlets(i)
        return max(1, self.at_most(self.facts[i]))

    def opening_outlets(self, i: int) -> int:
        """Other outlets stating the opening of lede ``i``'s account: for each of its article's first
        ``summary_lead_opening`` candidates from ``i`` on, the outlets stating it (``outlets``) less
        its own, summed. The run reads that account on from its lede, and every sentence cites
        the outlets that state it: an opening the accounts share is the safer news and the better cited."""
        # other outlets only: an account of more sentences must not outweigh a shorter one by its length
        return sum(self.outlets(j) - 1 for j in self._opening_run(i))

    def _opening_run(self, i: int) -> list[int]:
        """The first ``summary_lead_opening`` candidates of lede ``i``'s article from ``i`` on (``opening_outlets``)."""
        a, k = self.where[i]
        run = [j for j in self.members.get(a, []) if self.where[j][1] >= k and self.words[j] >= self.options.summary_min_words]
        return run[: self.options.summary_lead_opening]

    def outlets(self, i: int) -> int:
        """Independent outlets that state candidate ``i`` as it stands (1 when not asked)."""
        if not self.several[i] or self.stated is None:
            return 1
        if i not in self._outlets:
            self._outlets[i] = max(1, self.stated(self.facts[i]))
        return self._outlets[i]

    def order(self, chosen: list[int]) -> list[int]:
        """Story order: a headline, then the lead, then the rest of the lead's article and then each
        other article's sentences in turn (articles by their best chosen sentence), each article's in
        its own order, so that every block follows one account's thread; background last."""
        if len(chosen) <= 1:
            return list(chosen)
        rank = {i: r for r, i in enumerate(chosen)}
        heads = [i for i in chosen if self.where[i][1] < 0]
        body = [i for i in chosen if self.where[i][1] >= 0]
        lead = next((i for i in chosen if self.where[i][1] >= 0), None)
        blocks: dict[str, list[int]] = {}
        for i in body:
            blocks.setdefault(self.where[i][0], []).append(i)
        out = list(heads)
        for art in sorted(blocks, key=lambda a: (lead is None or a != self.where[lead][0], min(rank[i] for i in blocks[a]))):
            members = sorted(blocks[art], key=lambda i: self.where[i][1])
            # the lead opens its block; sentences of its article above it follow it, in order, unless
            # the first of them can open the summary itself: then the article's own order stands (its
            # lede, then the lead; read the other way round the lede restates the news as new)
            if lead in members and members.index(lead) and not (self.options.summary_lede_first
                                                                  and self.lead(members[0])):
                members = members[members.index(lead):] + members[:members.index(lead)]
            out.extend(members)
        news = [i for i in out if not self.background[i]]
        return news + [i for i in out if self.background[i]]


_FIGURE = re.compile(r"\d[\d,.]*")
_WORD = re.compile(r"[A-Za-z][\w-]*[A-Za-z]|[A-Za-z]")  # a word without its possessive ("Clinton’s" → "Clinton")


# an office or a rank before a name: "former President Bill Clinton", "Chief Justice John Roberts"
_OFFICE = (r"\b(?:President|Sen|Senator|Rep|Representative|Gov|Governor|Justice|Secretary|Leader|Speaker|Mayor|"
           r"Judge|Minister|Prince|Princess|King|Queen|Chairman|Chairwoman|CEO|Dr|General|Gen|Adm|Attorney General|"
           r"Chancellor|Director|Commissioner|Ambassador|Pope)\.?\s+")


def _titled(surname: str, text: str) -> bool:
    """Whether ``text`` writes the folded ``surname`` as a person's after an office ("former President
    Bill Clinton", "Chief Justice John Roberts"): a person, where a storm or an index is never so titled."""
    name = rf"{re.escape(surname[:1].upper())}(?i:{re.escape(surname[1:])})"
    return bool(re.search(_OFFICE + rf"(?:[A-Z][\w.'’-]*\s+){{0,3}}{name}\b", text))


def _subject(headline: str, most: int = 5) -> str:
    """A headline's subject: its words up to the first in lower case, at most ``most`` ("Bill Clinton
    visited …", "Energy Secretary Jennifer Granholm: Clock is …", "Trump responds …"). A person named
    later is an object or a source ("… the danger to Pence and other officials", "… adviser, Mulvaney
    says"): a body that tells the event without them still tells what the headline says (the reader
    of selection23's sheet preferred main's headline in those)."""
    out = []
    for w in headline.split()[:most]:
        if not w[:1].isupper():
            break
        out.append(w)
        if w.endswith(":"):
            break
    return " ".join(out)


def _fold_words(text: str) -> list[str]:
    """Words of ``text``, folded, a hyphenated one also as its parts ("Jong-un" → "jong-un", "jong", "un")."""
    out = []
    for w in _WORD.findall(text):
        out.append(w.casefold())
        if "-" in w:
            out.extend(p.casefold() for p in w.split("-") if p)
    return out
_QUOTED = re.compile(r"“([^”]{3,})”|\"([^\"]{3,})\"")
_QUOTE_WORD = re.compile(r"[a-z0-9][a-z0-9'’-]*")
_LOWER_QUOTED = re.compile(r"(?<![\w'’-])[a-z]{2,}")
# a title in title case: every word of four letters or more capitalised ("Changing the Face of Medicine")
_TITLE_CASE = re.compile(r"(?:[A-Z0-9][\w'’:-]*|[a-z]{1,3})(?:[\s,:]+(?:[A-Z0-9][\w'’:-]*|[a-z]{1,3}))*[.!?]?")


@lru_cache(maxsize=16384)
def _quoted_words(text: str) -> tuple[tuple[str, ...], ...]:
    """The words inside each quotation of ``text`` (curly or straight double marks), lower case; not a
    quoted name or title in capitals ("“Senate Candidate B”", "“Kong: Skull Island”", "“Changing the
    Face of Medicine”"), which labels rather than reports what someone said."""
    return tuple(tuple(_QUOTE_WORD.findall(q.lower())) for m in _QUOTED.finditer(text)
                 for q in [m.group(1) or m.group(2)] if _LOWER_QUOTED.search(q) and not _TITLE_CASE.fullmatch(q.strip()))


@lru_cache(maxsize=16384)
def _runs(text: str) -> frozenset[tuple[str, str, str]]:
    """Runs of three quoted words of ``text`` holding two content words ("extremely provocative and"):
    read once a sentence, since selection asks them of every chosen sentence at every step."""
    return frozenset((w[k], w[k + 1], w[k + 2]) for w in _quoted_words(text) for k in range(len(w) - 2)
                     if sum(x not in STOP_WORDS and len(x) > 3 for x in w[k:k + 3]) >= 2)


def quote_retold(text: str, told: Sequence[str], share: float = 0.5) -> bool:
    """Whether ``text`` quotes words a sentence of ``told`` already quotes: at least ``share`` of its
    quoted words lie in runs of three (two of them content words) that an earlier quotation holds.
    Two outlets quoting one reaction ("… is "extremely provocative and outrageous."" / "… described
    the statement as “extremely provocative and egregious”") tell the reader the same thing twice,
    in words that share too few content words for the novelty test (protocol C16, mn-val-235;
    coherence19). A longer quotation that goes on past the words already quoted, another quote of
    the same speaker, or a single word in common is news."""
    mine = _quoted_words(text)
    if not mine:
        return False
    runs = _runs(text)
    if not runs:
        return False
    before = frozenset().union(*(_runs(t) for t in told))
    shared = runs & before
    if not shared:
        return False
    covered = sum(1 for w in mine for k in range(len(w))
                  if any(w[j:j + 3] in shared for j in range(max(0, k - 2), k + 1)))
    return covered >= share * sum(len(w) for w in mine)


def headline_retold(headline: str, said: frozenset[str], told: Sequence[str], share: float) -> bool:
    """Whether a headline only retells what the summary's other sentences tell: less than ``share`` of its
    content words are new to them and it gives no figure they lack. Read above its own lede ("For First
    Time In 130 Years, More Young Adults Live With Parents" / "For the first time in more than 130
    years, Americans ages 18-34 are more likely to live with their parents") it tells one fact twice
    (protocol C, coherence18); a headline with a new figure or party adds news and stays."""
    st = _stems(headline)
    if share <= 0 or not st or not said:
        return False
    figures = {f.rstrip(".,") for t in told for f in _FIGURE.findall(t)}
    if any(f.rstrip(".,") not in figures for f in _FIGURE.findall(headline)):
        return False  # a figure the summary lacks ("Death toll rises to 40")
    return len(st - said) < share * len(st)


_CAPS_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")


def title_cased(text: str, share: float = 0.7) -> bool:
    """Whether ``text`` is written in headline case: of its words of four letters or more (three at
    least), ``share`` or more begin with a capital ("Stephen Colbert Kicks Off "Russia Week" With New
    Footage"). A dek or a lede is written in sentence case ("Researchers now say that they have …")."""
    words = _CAPS_WORD.findall(text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= share * len(words)


def dek_retold(dek: str, lede: str, share: float) -> bool:
    """Whether an article's opening line ``dek`` (its headline or standfirst) only says what ``lede``, a
    sentence of the same article just below it, writes: at least ``share`` of its content words are the
    lede's and every figure it gives the lede gives too. Above its lede such a line tells the opening
    twice (protocol C: "dek and lead say the same thing"); a dek with a figure or a party the lede lacks
    ("… kills 40" over "A bomb exploded …") adds a fact and stays."""
    st = _stems(dek)
    if share <= 0 or not st:
        return False
    figures = {f.rstrip(".,") for f in _FIGURE.findall(lede)}
    if any(f.rstrip(".,") not in figures for f in _FIGURE.findall(dek)):
        return False
    return len(st & _stems(lede)) >= share * len(st)


_HEAD_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
_HEAD_VERB = re.compile(r"[a-z]+(?:[^s]s|ed)")  # a headline's verb: present "passes", "reports"; or past "named"


def _verb_at(words: Sequence[str]) -> int:
    """Where a headline's verb stands: the first word after the capitalised words it opens with."""
    return next((i for i, w in enumerate(words) if not w[0].isupper() or w.lower() in STOP_WORDS), len(words))


def _head_doer(headline: str) -> tuple[frozenset[str], str] | None:
    """A headline's doer and verb as headline style writes them ("Senate passes bill", "Florida reports
    15,000 new cases"): the stems of the capitalised words it opens with, and the stem of the lower-case
    word right after them. None when it opens otherwise (a number, "How …", a quotation)."""
    if ":" in headline:
        return None  # "Trump: Shipping industry doesn't want …": a speaker's words, not a doer's act
    words = _HEAD_WORD.findall(_QUOTED.sub(" ", headline))
    k = _verb_at(words)
    if k == 0 or k >= len(words) or not _HEAD_VERB.fullmatch(words[k]):
        return None
    return _stems(" ".join(words[:k])), _act_stem(words[k])


# where a title's second happening opens: a comma, a semicolon, a conjunction, a second sentence (after a
# lower-case word: "U.S. House …", "Gov. Newsom …" are no sentence end)
_HEAD_MORE = re.compile(r"[,;]|\b[a-z]+[.?!]\s+(?=[A-Z])|\b(?:as|and|while|but|after|amid|despite)\b")
# a qualifier that makes a title news when its lede lacks it ("Ohio breaks flu record again", "… for third day")
_HEAD_QUALIFIERS = frozenset({"again", "anew", "still", "daily", "nightly", "weekly", "monthly", "yearly", "annual",
                              "once", "twice", "another", "latest", "first", "second", "third", "fourth", "fifth",
                              "sixth", "seventh", "eighth", "ninth", "tenth"})
# words before the act that make it no plain fact: a modal, an expectation, a plan, a denial, a warning, a negation
_NOT_DONE = frozenset({"could", "would", "might", "may", "should", "can", "cannot", "will", "must", "shall", "not",
                       "never", "no", "if", "whether", "expected", "expects", "expect", "plans", "plan", "planned",
                       "planning", "poised", "likely", "aims", "hopes", "wants", "seeks", "denied", "denies", "deny",
                       "warned", "warns", "warning", "threatened", "threatens", "vowed", "vows", "promised",
                       "promises", "failed", "fails", "refused", "refuses", "urged", "urges", "asked", "called",
                       "proposed", "considering", "weighing", "set"})
# words between the doer and the act that open another clause, whose subject may be another party
_OTHER_CLAUSE = frozenset({"that", "which", "who", "whom", "whose", "when", "while", "because", "after", "before",
                           "but", "where", "although", "though", "as", "since", "until", "unless", "said", "says",
                           "say"})
# what follows a plural noun, not a verb ("Consumer groups urged …", "groups have …")
_AFTER_NOUN = re.compile(r"[a-z]+ed|has|have|had|are|were|was|is|said|say|says|will|would|could|can|may|might")
_SENT_WORD = re.compile(r"[A-Za-z][\w'’-]*|;")
# review79: the doer is the act's subject only with nothing but function words, names, dates and adverbs between
# them ("A Senate committee passed …" is not the Senate's act) and no passive ("… was passed by the House")
# a plural noun: the people of an opening clause ("players", "officials"), or the plural a headline's "verb" may be
# ("Consumer groups sue …"), never "passed" nor a function word ending in s ("this", "its", "has"). One pattern for both
# (until lead65 a second definition further down silently replaced the headline's own, "[a-z]*[^s]s")
_PLURAL = re.compile(r"\b(?!this\b|its\b|has\b|was\b|is\b|thus\b|plus\b|as\b|us\b)[a-z]+s\b")
_AUX = frozenset({"did", "does", "do", "has", "have", "had", "finally", "also"})
_PASSIVE = frozenset({"was", "were", "is", "are", "been", "being", "be"})
# a title whose act is denied ("Ohio reports no new flu deaths") is not its lede's act told again
_TITLE_DENIES = frozenset({"no", "not", "never", "none", "nothing"})
# (mend110, review149 A) a lede's words that tell an act as tried, refused, dismissed or avoided, not done
# (``title_restated``, beside ``_NOT_DONE``); an attempt's words only before "to" (``_TRIED_TO``: "tried to seize")
_NOT_DONE_TRIED = frozenset({"failed", "fail", "dismissed", "dismisses", "rejected", "rejects", "declined", "declines",
                             "denied", "avoided", "avoids", "averted", "narrowly", "repelled", "repulsed", "thwarted",
                             "foiled", "prevented"})  # not "blocked", "halted": a court's or a city's act done
_TRIED_TO = frozenset({"tried", "tries", "try", "trying", "sought", "seek", "seeks", "seeking", "attempted", "attempts",
                       "attempt", "attempting", "bid", "bids"})
# a count written in words in a title ("kills five", "two dozen", "hundreds flee"): ``_counts_told``
_COUNT_WORD = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                         r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                         r"ninety|hundreds?|thousands?|millions?|billions?|dozens?|scores)\b", re.I)
_VAGUE_COUNT = re.compile(r"\b(?:dozens|hundreds|thousands|millions|billions|scores)\b", re.I)
# a lede that tells an earlier happening ("halted 737 deliveries in 2019", "passed the bill last year")
_LEDE_EARLIER = re.compile(r"(?<!since )\b(?:1[89]|20)\d\d\b|\blast\s+(?:year|month|week|spring|summer|fall|autumn|winter)\b|"
                           r"\b(?:years|months|weeks|decades)\s+(?:ago|earlier)\b|\bearlier\s+this\s+(?:year|month)\b",
                           re.I)


def _act_stem(word: str) -> str:
    """A verb's stem in any tense: "pass", "passes", "passed" all "pass" (``_stems`` reads "pass" as "pas"),
    "sue", "sued" both "su"."""
    w = word.lower()
    st = w[:7] if w.endswith("ss") else _word_stem(w)
    return st[:-1] if len(st) > 2 and st.endswith("e") else st  # "sue", "sued": "su"


def _content(word: str) -> bool:
    """A lower-case content word: not a function word, an auxiliary, an adverb in -ly, a name or a date."""
    w = word.lower()
    return word[:1].islower() and w not in STOP_WORDS and w not in _AUX and not w.endswith("ly")


def _done_by(doer: frozenset[str], verb: str, sentence: str) -> bool:
    """Whether ``sentence`` states the act ``verb`` as a plain fact with ``doer`` its subject: the doer's
    words before the verb, no other clause between them ("The House passed …, and the Senate …" does not),
    no modal, expectation, denial, warning or negation before it ("… that Ohio could break …"), and the
    verb a verb there, not the doer's plural noun ("Consumer groups urged …" for "Consumer groups sue")."""
    words = _SENT_WORD.findall(re.sub(r"\([^)]*\)", " ", sentence))
    acts = [_act_stem(w) for w in words]
    stems = [_word_stem(w) for w in words]
    for v, s in enumerate(acts):
        if s != verb or (v + 1 < len(words) and _AFTER_NOUN.fullmatch(words[v + 1].lower())):
            continue
        before = [w.lower() for w in words[:v]]
        if any(w in _NOT_DONE or w.endswith(("n't", "n’t")) for w in before) or before[-1:] == ["to"]:
            continue  # "… that Ohio could break", "Apple denied … it would recall", "plans to pass"
        at = [k for k in range(v) if stems[k] in doer or acts[k] in doer]
        if not at or not doer <= {stems[k] for k in at} | {acts[k] for k in at}:
            continue
        clause = max((j for j in range(at[0]) if before[j] in _OTHER_CLAUSE), default=-1)
        if clause >= 0 and any(_content(words[j]) for j in range(clause + 1, at[0])) or \
                before[-1:] and before[-1] in _PASSIVE:
            continue  # "Michigan, which borders Ohio, reported …", "… was passed by the House"
        participle = words[v].lower().endswith("ing")  # "Ohio reported …, breaking the record": Ohio's act
        if any(j not in at and (before[j] in _OTHER_CLAUSE or not (
                participle or not _content(words[j]) or j - 1 in at and _PLURAL.fullmatch(before[j])))
               for j in range(at[0], v)):
            continue  # "A Senate committee passed …", "Ohio lawmakers rejected a proposal that bans …"
        between = before[at[-1] + 1:]
        if len(between) <= 20 and not any(w in _OTHER_CLAUSE or w == ";" for w in between) and \
                not any(w in ("and", "or") for w in between[:-1]):
            return True
    return False


@lru_cache(maxsize=16384)  # greedy asks each title against every chosen body sentence at every step
def title_told(title: str, sentence: str, share: float) -> bool:
    """Whether a title only tells again the who-did-what of ``sentence``, a lede of the story's body: its
    doer does its verb there as a plain fact (``_head_doer``, ``_done_by``: "Senate passes bill" / "The
    Senate passed the bill on Tuesday"), at least ``share`` of its content words and every figure, name and
    qualifier ("again", "third") it gives are there too, and any second happening it tells (after ",", ";",
    "as", "and" …) the sentence tells whole. Above that lede the title spends its words on one claim twice
    (protocol C, NeuS: "headline and lead say the same"); the lede is the fuller telling. A title of another
    doer, an act under "could", "expected to", "denied", a second happening, a figure, a place or a
    qualifier the lede lacks is news: when in doubt the title stays."""
    doer = _head_doer(title)
    if share <= 0 or doer is None or not doer[0] or not doer[1]:
        return False
    if _LEDE_EARLIER.search(sentence):
        return False  # review79: "Boeing halted 737 deliveries in 2019": an earlier happening, not the title's act
    told = _stems(sentence)
    acts = {_act_stem(w) for w in _SENT_WORD.findall(sentence)}
    parts = _HEAD_MORE.split(_QUOTED.sub(" ", title).rstrip(" .!?"))
    if any(not all(_act_told(w, acts, told) for w in _SENT_WORD.findall(p) if _stems(w)) for p in parts[1:]):
        return False  # a second happening the lede does not tell ("…, DeWine quits", "… as growers cheer")
    head = _HEAD_WORD.findall(parts[0])
    k = _verb_at(head)
    if k + 1 < len(head) and head[k + 1].lower() in _TITLE_DENIES:
        return False  # review79: "Ohio reports no new flu deaths" denies what "Ohio reported 12 …" tells
    obj = [_stems(w) <= told or _act_told(w, acts, told) for w in head[k + 1:] if w.islower() and w not in STOP_WORDS]
    if obj and 2 * sum(obj) < len(obj):
        return False  # review79: what the act is done to ("Ohio closes schools" over "Ohio closed bars …")
    names = {w for w in _HEAD_WORD.findall(title)[1:] if w[0].isupper()}
    if not _stems(" ".join(names)) <= told:
        return False  # a name or a place the lede lacks ("… in Columbus")
    lower = {w.lower().rstrip(".") for w in _HEAD_WORD.findall(sentence)}
    if any(w in _HEAD_QUALIFIERS and w not in lower for w in (w.lower().rstrip(".") for w in _HEAD_WORD.findall(title))):
        return False  # a qualifier the lede lacks ("again", "for third day")
    if not _done_by(doer[0], doer[1], sentence):
        after = _head_after(title)  # "Consumer groups sue …": the plural noun is the doer's, the act comes next
        nouns = [w for w in _SENT_WORD.findall(sentence) if _act_stem(w) == doer[1]]
        if not after or not all(_PLURAL.fullmatch(w.lower()) for w in nouns) or \
                not _done_by(doer[0] | {doer[1]}, _act_stem(after), sentence):
            return False
    return dek_retold(title, sentence, share)


@lru_cache(maxsize=16384)  # greedy asks each title against every chosen body sentence at every step
def title_restated(title: str, sentence: str, share: float) -> bool:
    """(coherence70) Whether ``sentence``, longer than ``title``, tells the same news: at least ``share`` of the
    title's content words are its, and every figure, every name (in a title in sentence case), every qualifier
    ("again", "third") and any denial ("no", "not") the title gives is there too. Looser than ``title_told``,
    which asks for the title's doer doing its verb: "Former Colorado governor joins 2020 race" over "Colorado's
    former governor on Monday joined the field of Democrats running in 2020" is one claim twice whatever the
    grammar (protocol C, NeuS readers). A title with a fact the sentence lacks (a figure, a party, a place, a
    count) adds news and stays."""
    if share <= 0 or len(sentence.split()) <= len(title.split()):
        return False
    st = _stems(title)
    if len(st) < 3 or not dek_retold(title, sentence, share):
        return False
    told = _stems(sentence)
    heads = _HEAD_WORD.findall(title)
    if not title_cased(title) and not _stems(" ".join(w for w in heads[1:] if w[0].isupper())) <= told:
        return False  # a name or a place the sentence lacks
    lower = {w.lower().rstrip(".") for w in _HEAD_WORD.findall(sentence)}
    marks = _HEAD_QUALIFIERS | _TITLE_DENIES
    if any(w in marks and w not in lower for w in (w.lower().rstrip(".") for w in heads)):
        return False
    # review74/79's cases for ``title_told``: a sentence that hedges, denies or plans what the title tells as done
    # ("… is expected to vote", "… denied it would"), or tells an earlier happening, is not the title's news
    # (mend110, review149 A) … or tells it as attempted, refused, dismissed or avoided ("tried to seize the airport
    # but were pushed back", "dismissed reports that he had resigned", "narrowly avoided derailing"): across outlets
    # and days that is the superseded account, and the title's done act the news
    # (an attempt only with its "to": "tried to seize", never "… while seeking continued support" of another act)
    said = [w.lower() for w in _SENT_WORD.findall(sentence)]
    hedges = ({w for w in said if w in _NOT_DONE or w in _NOT_DONE_TRIED}
              | {w for w, nxt in zip(said, said[1:]) if w in _TRIED_TO and nxt == "to"})
    return (not (hedges - {w.lower() for w in heads}) and not _LEDE_EARLIER.search(sentence)
            and _counts_told(title, sentence))


def _counts_told(title: str, sentence: str) -> bool:
    """(mend110, review149 B) Whether every count the title writes in words ("kills five", "dozens hurt") is in the
    sentence too, in words or digits: "fire kills five" over "the fire killed four" is a newer toll, not the same
    news. Digits are already checked (``dek_retold``); number words are stop words there and went unchecked."""
    if not _COUNT_WORD.search(title):
        return True
    told = {f.rstrip(".,") for f in _FIGURE.findall(in_digits(sentence))}
    if not {f.rstrip(".,") for f in _FIGURE.findall(in_digits(title))} <= told:
        return False
    vague = {w.lower() for w in _VAGUE_COUNT.findall(sentence)}
    return all(w.lower() in vague for w in _VAGUE_COUNT.findall(title))


def _act_told(word: str, acts: set[str], told: frozenset[str]) -> bool:
    """Whether the lede tells a title's word as an act: its act stem among the lede's (``_act_stem``), or, for a
    compound ("anti-vaccine", "days-long"), every one of its terms in the lede (review110: its head alone,
    "vaccine" or "long", would drop a title whose first half is news: "anti-vaccine protesters" over a lede's
    "protesters", "days-long" over "weeks-long")."""
    stems = _stems(word)
    return stems <= told if len(stems) > 1 else _act_stem(word) in acts


def _head_after(headline: str) -> str:
    """The lower-case content word right after a headline's verb as ``_head_doer`` reads it ("sue" in
    "Consumer groups sue Apple"): the act when that verb was the doer's plural noun."""
    words = _HEAD_WORD.findall(_QUOTED.sub(" ", headline))
    k = _verb_at(words)
    nxt = words[k + 1].rstrip(".") if k + 1 < len(words) else ""
    return nxt if nxt.islower() and nxt not in STOP_WORDS else ""


_RUN_TOKEN = re.compile(r"[A-Za-z0-9][\w'’$%.,-]*[A-Za-z0-9%]|[A-Za-z0-9]")


@lru_cache(maxsize=16384)
def _run_tokens(text: str) -> tuple[str, ...]:
    return tuple(t.lower().rstrip(".,") for t in _RUN_TOKEN.findall(text))


def opening_retold(text: str, told: Sequence[str], length: int = 6) -> bool:
    """Whether ``text`` opens with ``length`` words (two or more of them content words) that a sentence of
    ``told`` writes in a row: its subject and what it says of it told again ("Shimron was the youngest
    of six children whose family …" after "Shimron was the youngest of six siblings, his family said.":
    protocol C21, mn-val-240). Not an opening of function words ("He said that it was the …"), nor
    five words in common."""
    head = _run_tokens(text)[:length]
    if len(head) < length or sum(w not in STOP_WORDS for w in head) < 2:
        return False
    for t in told:
        words = _run_tokens(t)
        if any(words[k:k + length] == head for k in range(len(words) - length + 1)):
            return True
    return False


@lru_cache(maxsize=16384)
def _lower_words(text: str) -> frozenset[str]:
    return frozenset(_LOWER.findall(text.lower()))


_LOWER = re.compile(r"[a-z][a-z-]+")
_SUFFIX = re.compile(r"(?:ies|es|s|ing|ed|ly)$")


def _stem(term: str) -> str:
    """One term crudely stemmed ("recognises" = "recognized" = "recogniz")."""
    return _SUFFIX.sub("", term.replace("is", "iz") if term.endswith(("ise", "ised", "ises", "ising")) else term)[:7]


@lru_cache(maxsize=16384)
def _stems(text: str) -> frozenset[str]:
    """Content words of a sentence, crudely stemmed (``_stem``)."""
    return frozenset(_stem(w) for w in tfidf.terms(text) if not w.isdigit())


@lru_cache(maxsize=16384)
def _word_stem(word: str) -> str:
    """The stem of one written word: of its last content term when it holds several ("hours-long" →
    "long", "re-elected" → "elect": the head of a compound), "" when none. (mend82) Never an element of
    ``_stems(word)`` picked by set order: that order follows PYTHONHASHSEED, so a title's fate ("Suspect
    surrenders after … hours-long … standoff") differed between two runs of the same story."""
    return next((_stem(w) for w in reversed(tfidf.terms(word)) if not w.isdigit()), "")


def _bracketed(text: str) -> bool:
    """A sentence wholly in brackets ("(There were roughly twenty of us in the room.)"): the writer's
    aside to what came before, never a lede."""
    t = text.strip()
    if t.startswith("(") and t.rstrip(".!?\"”’ ").endswith(")") and t.count("(") == 1:
        return True
    # ... or opening on such an aside, of five words or more ("(There were twenty of us in the room.)
    # "So I just want …"); an outlet's tag ("(CNN)", "(HealthDay News) --") is a dateline, not an aside
    close = t.find(")")
    return t.startswith("(") and close > 0 and len(t[1:close].split()) >= 5


# a person's pronoun anywhere in a sentence: "… a night just like this one changed his life"
_PERSONAL = re.compile(r"\b(?:he|him|his|she|her|hers|himself|herself)\b", re.I)


def _unnamed_pronoun(text: str, r: coherence.Reading) -> bool:
    """Whether a lede speaks of "him"/"her" outside quotes before it names any person ("Hard to
    believe it now, but … a night just like this one changed his life."): opening a summary, the
    pronoun points at someone the reader was never introduced to. (A later sentence is judged
    where it stands, after the people the summary named.)"""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[“\"][^”\"]*[”\"]", text)]
    for m in _PERSONAL.finditer(text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        before = text[:m.start()]
        # someone the sentence itself names or describes first: a person, a capitalised name the
        # analyser missed ("Mayor John Smith … his office", "Spider-Man made his way …"), a person's
        # noun ("A man who killed his wife", "the gunman shot himself"), or right after the clause the
        # pronoun opens ("After her ratings bonanza hosting SNL, Betty White has …")
        after = _CLAUSE_END.search(text, m.end())
        return not (any(p < m.start() for p in r.people) or _NAMED.search(before) or _FIRST_NAME.match(before)
                    or _SOMEONE.search(before)
                    or (after is not None and (_NAME_NEXT.match(text, after.end())
                                               or any(after.end() <= p < after.end() + 2 for p in r.people))))
    return False


# "For an instant, they get to gloat, …": an opening circumstance, then "they" as the subject; (coherence66) the
# opener may quote a title ("With hits like “Quiet Storm” and “Shook Ones,” they …", its comma inside the quote)
_THEY_OPENER = re.compile(r"^(?P<opener>[A-Z](?:[^,\"“”]|“[^”,]{0,40}”|\"[^\",]{0,40}\"){0,60}?),\s+(?:they|their)\b")
_COMMA_IN_QUOTE = re.compile(r",([”\"])(?=\s)")  # American style: the comma before the closing mark
_QUOTE_SPAN = re.compile(r"“[^”]*”|\"[^\"]*\"")
# (mend of review118) a quotation is a title only right after a title word, "like", "such as" or "including" (or joined to
# such a title by "and", "or", a comma): "hits like “Quiet Storm”", never a group's own name ("When the “Freedom
# Riders” arrived", "Known as “the Squad,”", "Dubbed the “Delta Nine,”")
_TITLE_CUE = re.compile(r"\b(?:like|such\s+as|including|hits?|songs?|singles?|albums?|records?|films?|movies?|books?|"
                        r"novels?|shows?|series|plays?|poems?|titled|entitled)\s*$", re.I)
_TITLE_JOIN = re.compile(r"^\s*(?:,\s*)?(?:and|or)?\s*$")
# (coherence66) plurals of things, not people ("With hits like …", "After years of delays", "As prices rose"): such
# an opener names no one "they" could be. A closed list: any other plural still counts as people (trust first)
_THINGS = frozenset("hits songs albums records films movies books years months weeks days hours decades prices rates "
                    "costs delays talks votes elections rains floods storms fires results numbers sales games matches "
                    "shows efforts plans rules laws cuts taxes fees tests reports".split())


def _they_after_opener(text: str) -> bool:
    """Whether a lede's subject is "they" right after an opening circumstance that names no one
    ("For an instant, they get to gloat, …"): the reader of a summary's first sentence cannot tell
    who. An opener with a plural or a name of its own ("When the players arrived, they …", "In
    Paris, they …" is still flagged: a place is no people) introduces them. (coherence66) Not a
    plural of things or a quoted title: "With hits like “Quiet Storm” and “Shook Ones,” they became
    …" right after a line about the singer's mother reads "they" as her group (protocol C: a pronoun
    whose own sentence before it was left out)."""
    m = _THEY_OPENER.match(_COMMA_IN_QUOTE.sub(r"\1,", text))
    if m is None:
        return False
    opener = m.group("opener")
    bare = _titles_blanked(opener)  # a title's capitals are no one's name
    people = any(w not in _THINGS for w in _PLURAL.findall(bare))
    return not (people or re.search(r"(?<=\w)\s+[A-Z][a-z]", bare) and not re.match(
        r"^(?:In|At|On|From|Across|Outside|Inside|Near)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*$", bare))


def _titles_blanked(opener: str) -> str:
    """The opener with each quoted title blanked: a quotation right after a title word ("hits like “Quiet Storm”")
    or joined to such a title ("… and “Shook Ones”"); any other quotation stays (a group's own name, "the “Delta
    Nine”", names people)."""
    out, end, title = [], 0, False
    for q in _QUOTE_SPAN.finditer(opener):
        gap = opener[end:q.start()]
        title = bool(_TITLE_CUE.search(opener[:q.start()]) or title and _TITLE_JOIN.match(gap))
        out.append(gap + (" " if title else q.group()))
        end = q.end()
    return "".join(out) + opener[end:]


_NAMED = re.compile(r"(?<=\w)[\s,;(]+[A-Z][a-z]")  # a capitalised word past the sentence's first
# the first word a name: a capital inside it ("Spider-Man", "McCain"), a possessive, or a name's first word
_FIRST_NAME = re.compile(r"^[\"“‘']?[A-Z]\w*(?:-[A-Z]|[a-z][A-Z])|^[\"“‘']?[A-Z][a-z]+(?:['’]s\b|\s+[A-Z][a-z])")
_SOMEONE = re.compile(r"\b(?:\w*(?:man|woman|men|women)|boy|girl|child|kid|baby|teen(?:ager)?|mother|father|mom|dad|son|"
                      r"daughter|wife|husband|brother|sister|parent|friend|person|people|victim|suspect|official|"
                      r"[a-z]{3,}(?:er|or|ist|ian|ant|ent|ee))s?\b")
_CLAUSE_END = re.compile(r",[’'\"”]?\s+")
_NAME_NEXT = re.compile(r"(?:[A-Z][a-z]+\.?\s+)*[A-Z][\w'’-]+\s+[A-Z][\w'’-]+")  # "Betty White", "Gov. Ann Lee"


# what presents a person right after the name: an apposition ("Amber Pasztor, the woman who …",
# "Mark Lane, 87, …", "Marty Balin, a co-founder of …")
_APPOSITION = re.compile(r"[’']?s?,\s+(?:(?:a|an|the|who|whose|now|then|once|former|longtime)\b|\d{1,3},)")


def _full_name(text: str, offset: int, surname: str) -> str:
    """The full name at ``offset`` ending in its folded ``surname``, folded ("carl conyers": not John
    Conyers, his father)."""
    at = text.lower().find(surname, offset)
    return text[offset:at + len(surname)].lower() if at >= 0 else surname


# (coherence33) ... or a description before it, the way an account brings a person in at first mention
# ("Dutch climber Mara Velde", "the wounded Belgian photographer Ines Maes", "21-year-old Tom
# Reyes"): after the summary named that person in full, such a sentence is another account telling the
# story again from its start (protocol C33's readers: "the same fact told twice in other words"). Only a
# lower-case noun that describes a person, not one used as a title or a speaker's label ("Sen. John Lee",
# "spokesman Dale Ortiz said", "attorney Ruth Kane", "coach Len Moravec"), and not a relation told with a
# possessive ("her son Tom Reyes", "Ana's husband Luis Reyes"), which presents nothing new.
_DESCRIBED_HEADS = frozenset(h for h in coherence.PERSON_HEADS.split("|") if h.isalpha()) - frozenset(
    "lawmaker politician candidate coach owner manager founder attorney lawyer professor priest pastor".split())
_DESCRIBED = re.compile(r"(?:\b(?:" + "|".join(sorted(_DESCRIBED_HEADS | frozenset(
    "journalist reporter photographer designer prankster comedian musician filmmaker novelist".split()),
    key=len, reverse=True)) + r")|\b\d{1,3}-year-old)\s+$")
_POSSESSED = re.compile(r"(?:\b(?:his|her|their|its|my|our|your)|\w['’]s?)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _introduces(text: str, offset: int, surname: str) -> bool:
    """Whether the full name at ``offset`` (its folded ``surname``) is presented by an apposition."""
    at = text.lower().find(surname, offset)
    return at >= 0 and bool(_APPOSITION.match(text, at + len(surname)))


def _described(text: str, offset: int) -> bool:
    """Whether the full name at ``offset`` is presented by a description right before it (``_DESCRIBED``;
    not a possessive's relation, ``_POSSESSED``)."""
    before = text[:offset]
    m = _DESCRIBED.search(before)
    return m is not None and not _POSSESSED.search(before[: m.start()])


# (review71 #1) the nouns of a "Both/Each + noun" group: people ("Both men") point only at people named before,
# bodies ("Both companies") only at organisations or places; any other noun at either
_PERSON_GROUP = frozenset(coherence.stem(w) for w in (
    "men women victims brothers sisters suspects boys girls children sons daughters friends defendants players "
    "officers soldiers passengers drivers survivors students teens teenagers candidates leaders lawmakers senators "
    "coaches pilots workers brothers sisters twins parents spouses partners rivals").split())
_BODY_GROUP = frozenset(coherence.stem(w) for w in (
    "companies firms teams countries nations governments clubs banks carriers airlines automakers states "
    "cities agencies networks studios").split())
_BODY_OPENING = re.compile(r"(?:The )?[A-Z][a-z]+(?:s|ce)$")


def _pair_named(group: tuple[str, ...], parties: set[tuple[str, str]]) -> bool:
    """(review67 #2, review71 #1) Whether two distinct parties of the kind the group noun takes were named before."""
    kinds = {"person"} if set(group) & _PERSON_GROUP else {"body"} if set(group) & _BODY_GROUP else {"person", "body"}
    return len({key for kind, key in parties if kind in kinds}) >= 2


_PLACE_PREPOSITIONS = ("in", "at", "from", "near", "of", "to")


def _after_preposition(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` as a word right after in / at / from / near / of / to ("in Chicago",
    "of Apple": a place or a part, not a party). Every match holds one of those words, a space and the name,
    so no pattern is compiled per name (speed30: 615 of a brief's 1,657 compiles per 50 Multi-News stories were
    these): ``patterns.written_bounded`` finds "in Chicago" where ``\\b(?:in|at|…) Chicago\\b`` would."""
    return any(written_bounded(f"{p} {name}", text) for p in _PLACE_PREPOSITIONS)


def _body_opening(text: str, name: str, label: str | None) -> bool:
    """(review71 #1) Whether ``name`` is a capitalised common plural opening the sentence ("Prosecutors said …",
    "Police said …", "Officers arrested …"): a body of people, never a party a "Both men" points at."""
    return text.startswith(name) and bool(_BODY_OPENING.fullmatch(name)) and (
        label != "PERSON" or name.casefold() == "police")


# (coherence63) a quotation whose speaker the sentence gives by a role alone, with no name: "“…,” the judge said.",
# "“…,” said a spokeswoman for the airline.", "His lawyer said “…”"; a he/she right after it reads as that speaker
_ROLE_SAYER = (r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z][\w'’-]*\s+){0,3}?(?:judge|justice|"
               r"spokes(?:man|woman|person)|official|prosecutor|detective|sheriff|chief|witness|friend|aide|source|juror|"
               + coherence.PERSON_HEADS + r")")
_ROLE_SAYS = "|".join(reporting("say add write", now="say add write"))  # said, says, added, adds, wrote, writes ("told": below)
_ROLE_QUOTED = re.compile(r"[”\"’],?\s+(?:(?:" + _ROLE_SAYS + r"|told\s+[\w.]+(?:\s+[\w.]+)?)\s+" + _ROLE_SAYER
                          + r"\b(?!,?\s+[A-Z])|" + _ROLE_SAYER + r"\s+(?:" + _ROLE_SAYS + r"|told)\b)|"
                          + _ROLE_SAYER + r"\s+(?:" + _ROLE_SAYS + r"|told(?:\s+[\w.]+){1,3}?)"
                          r",?\s*(?:that\s+)?[“\"]")
_ROLE_SAYER_FOUND = re.compile(_ROLE_SAYER + r"\b(?!['’]s\b)")  # (review112) "the boy's grandmother": hers, not his
# ... and a pronoun that goes on with that speaker's words ("He added that …", "She said the …"): the speaker's own
_SPEAKER_GOES_ON = re.compile(r"^\(?(?:He|She)\s+(?:also\s+|later\s+)?(?:said|says|added|adds|told|noted|continued|"
                              r"went\s+on|explained|wrote|declined|would\s+not|did\s+not|didn['’]t)\b")


def _after_role_quote(text: str, before: str) -> bool:
    """(coherence63) Whether ``text`` opens on "He"/"She" right after ``before``, a quotation whose speaker is a
    role with no name (``_ROLE_QUOTED``): "He came home from the war in 2004." after "“…,” the judge said." reads as
    the judge, whoever its article meant (protocol C: "a pronoun after another person's quote"). Not a pronoun
    that goes on with the speaker's words ("He added …"), which the reader rightly takes for that speaker."""
    opening = coherence.PERSON_OPEN.match(text)
    if not opening or _SPEAKER_GOES_ON.match(text):
        return False
    pronoun = (opening.group(1) or opening.group(2) or "").lower()
    male = pronoun in ("he", "his", "him")
    for m in _ROLE_QUOTED.finditer(before):
        role = _ROLE_SAYER_FOUND.search(m.group(0))
        if role is None:
            continue
        words = role.group(0).lower().split()
        gender = _role_gender(words[-1])
        if gender is not None and gender != male:
            continue  # (review108 F2) "He …" after "…, said a spokeswoman": no reader takes him for her
        if words[0] in ("his", "her") and (words[0] == "his") == male:
            continue  # (review108 F2) "He …" after "…, his lawyer said": he is the man whose lawyer spoke
        return True
    return False


# (review108 F2) a role's gender, where its word gives one ("spokeswoman", "mother", "actress", "fisherman")
_FEMALE_ROLES = frozenset("woman spokeswoman mother mom daughter wife widow bride girlfriend grandmother grandma "
                          "sister aunt niece actress girl congresswoman chairwoman businesswoman policewoman".split())
_MALE_ROLES = frozenset("man spokesman father dad son husband widower groom boyfriend grandfather grandpa brother "
                        "uncle nephew actor boy congressman chairman businessman policeman fisherman".split())


def _role_gender(head: str) -> bool | None:
    """True for a man's role, False for a woman's, None when its word does not tell."""
    if head in _FEMALE_ROLES or head.endswith("woman"):
        return False
    if head in _MALE_ROLES or (head.endswith("man") and not head.endswith(("human", "german", "roman"))):
        return True
    return None


def _leans_on_pronoun(r: coherence.Reading) -> bool:
    """Whether a sentence's person is a pronoun it names nowhere before: "He argued…", "…, she said"."""
    return r.person_open or (r.pronoun is not None and not any(p < r.pronoun for p in r.people))


def _position(f: Fact) -> tuple[str, int]:
    """(article, index) of a telling's sentence; headlines are index -1."""
    if not f.sentences:
        return (f.id, 0)
    s = min(f.sentences, key=lambda s: s.index)
    return (s.article, s.index)


def _mentions(f: Fact, places: frozenset[str] = frozenset()) -> list[Mention]:
    """Entity mentions of a candidate: the story's analysis (headlines: none, so a headline never
    introduces a person), less the lone words it takes for a person's surname that are a place or a
    people (``places``, ``NATIONALITY``), or merged with a run of capitals that is no name ("English
    Canada", "Korean American", "North-east Scotland"): the analyser makes "Sochi" a person when some run of
    capitals ends in it ("Olympic Games Sochi"), and a lead sentence naming "a jailed American
    missionary" or "Japanese vessels" then reads as naming someone the reader was never introduced to."""
    return [m for s in f.sentences for m in s.mentions if m.kind == "entity"
            and not (m.label == "PERSON" and " " not in (t := str(m.text or "").strip()) and _not_a_surname(t, str(m.value or t), places))]


def _not_a_surname(word: str, full: str, places: frozenset[str]) -> bool:
    """Whether a lone word the analyser reads as a person's surname (merged with ``full``) is rather a
    place or a people: used as a place in the story, a nationality, or the last word of a run of
    capitals that opens with a nationality or a region ("English Canada", "North-east Scotland")."""
    first = full.split()[0] if full.split() else ""
    return (word.casefold() in places or bool(NATIONALITY.search(word))
            or (full != word and bool(NATIONALITY.search(first) or _REGION.match(first))))


# A people's or a party's word, not a surname: "American", "Japanese", "Republicans", "Scottish"
NATIONALITY = re.compile(r"^[A-Z][a-z]+(?:ican|ian|ean|ese|ish|crat)s?$")
_REGION = re.compile(r"^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|New)(?:-\w+)?$")
# "in Japan", "across Scotland": a capitalised word a story writes after a place preposition is a place
_PLACE_USE = re.compile(r"\b(?:in|across|throughout|near|around)\s+([A-Z][a-z]+)\b(?![\w'’]|\s+[A-Z])")


def places(texts: Sequence[str]) -> frozenset[str]:
    """Words the story uses as places ("in Ghana", "across Scotland", a pageant's "Miss Delaware 2014";
    folded): a lone word so used is no person's surname, whatever run of capitals elsewhere ends in it."""
    pageants = {w.casefold() for t in texts for m in coherence.PAGEANT.finditer(t) if m.group("place")
                for w in m.group("place").split()}  # (coherence27) "Miss Delaware 2014": the state
    return frozenset(m.group(1).casefold() for t in texts for m in _PLACE_USE.finditer(t)) | pageants
