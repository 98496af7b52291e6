"""Per-line junk signals. Each returns a reason (shown to the user) or None.

Signals look at the SHAPE of a line (no sentence punctuation, counters, read-time, photo credits),
its VOCABULARY (cookie/subscribe/newsletter/disclaimer phrases, UI messages, share widgets) and
whether it speaks to the READER (you/our/please) — never at any site's exact strings. A real news
sentence ends with sentence punctuation, has several words and reports something, so every shape
rule only fires on lines that do not look like sentences, and vocabulary rules use phrases that
reporting does not use (or require the reader-address that reporting does not use either).
"""
from __future__ import annotations

import re
from functools import lru_cache

from accord.clean import leftovers
from accord.clean.text import words
from accord.options import DEFAULT, Options
from accord.patterns import Alternatives
from accord.words import MONTH_NAMES, MONTH_NAMES_CAPITALISED, MONTHS_FULL, STOP_WORDS, WEEKDAYS, reporting

BULLET = re.compile(r"^[\s•·●▪◦‣∙*>»«|–—►▶-]+")
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$|[\"”’»][.!?…)]?$")
# a line ending in a colon that introduces what someone said ("He told reporters:", "The statement read as
# follows:"): a quotation follows, not a page label
SPEECH_COLON = re.compile(r"\b(" + "|".join(reporting("say tell add state write ask declare announce",
                                                        now="say tell add write", plain="say")) +
                          r"|following|statement|as follows)\b[^:]*:$", re.I)

COUNTER = re.compile(
    r"^\(?\d+\s*(?:images?|photos?|pictures?|slides?|videos?|items?)\b"  # "7 images1 | 7"
    r"|^\d+\s*(?:/|of|\|)\s*\d+\s*$"  # "3 of 12", "3/12"
    r"|\d+\s*\|\s*\d+",  # "1 | 7"
    re.I,
)
# a page's read or play time: "5 min read", and its label form "Reading time: 4 minutes", "Video duration: 2 min" (a
# line of furniture that differs from outlet to outlet: kept, it pairs with another page's as a "how long" conflict)
READ_TIME = re.compile(r"\b\d+\s*[-‐–]?\s*min(?:ute)?s?\.?\s+(?:read|watch|listen)\b|"
                       r"^(?:estimated\s+)?(?:reading|read|listening|listen|viewing|watch(?:ing)?|video|audio|podcast)\s+"
                       r"(?:time|duration|length)\s*:\s*(?:about\s+|approx(?:\.|imately)?\s+)?\d+\s*(?:min(?:ute)?s?|secs?|seconds?)\.?$", re.I)
CREDIT_LABEL = re.compile(
    r"^\(?(?:image|images|photo|photos|picture|pictures|photograph|photography|credit|credits|"
    r"caption|illustration|graphic|video|source|foto|gallery)(?:\s+(?:credit|source|by))?\s*[:|]",
    re.I,
)
# "- Vladimir Tretyakov/NUR.KZ via AP", "(Image: UpperCut Images/Getty)", "AP Photo/David Z.", a
# trailing "Name/AGENCY" after a dash, or a whole line of "Name/Agency/Agency".
CREDIT_TAIL = re.compile(
    r"(?:(?:^|\s)[-–—|]\s+|\(|^|\s(?=(?i:image|photo|picture|credit)s?\b))"
    r"(?:(?i:image|photo|picture|credit)s?\s*:?\s*)?"
    r"[A-Z][\w.&'’ -]{0,60}/\s*[A-Z][\w.&'’ /-]{0,60}(?:\s+via\s+[\w.]+)?\)?\s*$"
)
AGENCY_PHOTO = re.compile(
    r"(?:\b(?:AP|AFP|EPA|Reuters|Getty|PA|Xinhua)\s+(?:Photo|Images)\b"
    r"|\bGetty\s+Images\b|\bShutterstock\b|\bvia\s+(?:AP|AFP|Reuters|Getty(?:\s+Images)?)\b"
    r"|\bPhoto(?:graph)?\s+by\b|\bPhoto\s+courtesy\b)[^.!?]{0,40}$",
)
MONTHS = rf"{MONTH_NAMES}[a-z]*\.?"  # the shared table; a misspelt tail ("Febuary") still reads as its month
DATE_LINE = re.compile(
    rf"^(?:(?:published|updated|posted|last\s+updated|first\s+published)\s*:?\s*(?:on\s+)?)?"
    rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    rf"(?:{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS},?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})"
    rf"(?:\s*(?:at\s+)?\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?\s*[A-Z]{{0,4}})?\W*$",
    re.I,
)
# "RELATED: Other headline", "More: ...", "Read: ...": links to other stories.
RELATED = re.compile(r"^(?:related(?: stories| articles| coverage| content| news| links| reading| videos?| photos)?|"
                     r"more|more from [^:|]{1,40}|read|read more(?: about)?|read also|see also|also read|also see|"
                     r"watch|video|photos|gallery|listen|recommended|trending|story|explore further|"
                     # (junk29) more labels of the same links: "Read next: 7 Reasons Why …", "Trending News: How …"
                     r"read next|trending news|must reads?|you (?:may|might) also like)\s*(?::|>>|»|\|)", re.I)
# (clean71) A promo for the site's other pictures or clips, its label before a title: "PHOTOS: Her best red carpet
# looks", "(VIDEO: Celebrity breakups of 2021)", "SLIDESHOW: 10 Stunning Homes". It links elsewhere and names no
# photographer, so it is no credit: read as one, it made a "gallery caption" of every paragraph above it (a story's
# lede and quotes). A credit after such a label names people or an agency ("Photos: Getty Images", "Video: Jane Doe/
# Reuters", "Photos: courtesy of the family"): capitalised names, a slash, "via", "by", "courtesy".
PROMO_LABEL = re.compile(r"^\(?(?:photos|videos?|gallery|galleries|slideshow|slide show|pictures|watch)\s*:\s*", re.I)
# (mend106) and a credit's own words: "…, Jakarta Post photographer", "special to the Gazette", "freelance",
# "submitted photos", "provided to the Sentinel", "…, Sentinel video journalist", a slide counter "1 of 12"
_CREDIT_WORD = re.compile(r"/|\b(?:via|by|courtesy|handout|file|staff|stringer|screenshot|screengrab|contributors?|pool|"
                          r"photographers?|photojournalists?|videographers?|journalists?|correspondents?|special to|"
                          r"freelancer?|submitted|provided|contributed|supplied|"
                          r"getty|reuters|afp|ap|epa|shutterstock|associated press|copyright)\b|\b\d+ of \d+\b|©", re.I)
_NAME_PARTICLES = frozenset("and for of the de da del della der van von la le du al bin y e".split())
_TITLE_OPENERS = frozenset("her his their its our your my how why what when where who inside meet see look watch "
                           "top best every all these this".split())


# (clean72) A promo's label in capitals ("PHOTOS: Kim Kardashian", "VIDEO: Jane Roe"): a gallery of that person,
# not the person's credit; a picture's credit says "Photo: Jane Doe" (one picture) or names an agency.
_SHOUTED_PROMO = re.compile(r"^\(?(?:PHOTOS|VIDEOS?|GALLERY|GALLERIES|SLIDESHOW|PICTURES|WATCH)\s*:\s*")
# (clean72) words a news sentence opens with after a promo run into it ("PHOTOS: Kim Kardashian The reality star said
# …"): an article or a pronoun before a word in lower case
_LEDE_OPENERS = frozenset("The A An He She They It His Her Their Its This That These Those".split())


def promo_link(body: str) -> bool:
    """Whether ``body`` is a promo line for other pictures or clips (``PROMO_LABEL`` and a title, no credit)."""
    m = PROMO_LABEL.match(body)
    if not m:
        return False
    rest = body[m.end():].strip().rstrip(")").strip()
    ws = rest.split()
    if not ws or _CREDIT_WORD.search(rest):
        return False
    if _SHOUTED_PROMO.match(body):  # (clean72) "PHOTOS: Kim Kardashian": a gallery of her, even of one name
        return True
    if len(ws) < 2:
        return False
    plain = [w.strip("\"“”‘’'.,:;!?()") for w in ws]
    return (any(w[:1].islower() and w.lower() not in _NAME_PARTICLES for w in plain if w)
            or plain[0].lower() in _TITLE_OPENERS or any(w[:1].isdigit() for w in plain)
            or "’s" in rest or "'s" in rest or rest[-1] in "?!" or rest[:1] in "\"“‘'")


def promo_prefix(line: str, min_rest_words: int) -> tuple[str, str] | None:
    """(clean72) (promo, rest) when ``line`` opens with a promo for pictures or clips run into a sentence of news
    ("PHOTOS: Kim Kardashian The reality star wore a gold dress …, her spokeswoman said."): the promo goes, the
    sentence stays. The seam is an article or pronoun in capitals before a word in lower case, after at least one word
    of the promo's title; the rest must be a sentence of ``min_rest_words`` words or more. Else None."""
    m = PROMO_LABEL.match(line)
    if not m:
        return None
    toks = line[m.end():].split()
    for j in range(1, len(toks) - 1):
        if toks[j - 1][-1:] in ".!?:;":
            return None  # the promo's title has a stop of its own: no title run into a lede
        if toks[j] in _LEDE_OPENERS and toks[j + 1][:1].islower():
            rest = " ".join(toks[j:])
            if len(words(rest)) >= min_rest_words and is_sentence(rest):
                return (line[:m.end()] + " ".join(toks[:j])).strip(), rest
            return None
    return None


# (mend107) a figure with its unit ("6.2 metres", "300 families" is no unit) or a day: a report's, not a promo's title
_MEASURE = re.compile(r"\b\d[\d.,]*\s*(?:%|per ?cent|percent|(?:kilo|centi|milli)?met(?:re|er)s?|km|miles?|feet|ft|inches|"
                      r"degrees|mph|km/h|kg|kilograms?|tonnes?|tons?|pounds|lbs?|litres?|liters?|gallons?)\b", re.I)
_DAY = re.compile(r"\b(?:" + "|".join(d.capitalize() for d in WEEKDAYS) + r")\b|\b" + MONTH_NAMES_CAPITALISED + r"\.?\s+\d{1,2}\b")


def _label_words(body: str) -> bool:
    """(mend107) Whether a dash-ended line in capitals has a common word of English before any bracket or comma
    ("WHAT HAPPENS NEXT -", "ALSO FOR YOUR RADAR -"): a section's label, not a place; or opens on a quotation mark
    ('"STOP —': a quote cut off). Places ("NEW YORK", "MOUNT DORA") have neither."""
    place = re.split(r"[,(]", body, maxsplit=1)[0]
    return body[:1] in "\"“‘'" or any(w.lower() in STOP_WORDS for w in re.findall(r"[A-Za-z]+", place))


def lede_shaped(line: str) -> bool:
    """(mend107) Whether an unpunctuated line reads as a report's sentence that lost its full stop, not a promo's
    title: it opens like a lede (an article or pronoun before a word in lower case, the seam ``promo_prefix`` cuts at:
    "The river Dane crested …") or carries a measure or a day ("… at 6.2 metres on Monday"). A promo's title names its
    subject ("Jane Roe's best red carpet looks", "Rescue at the school")."""
    toks = line.split()
    return ((len(toks) >= 2 and toks[0] in _LEDE_OPENERS and toks[1][:1].islower())
            or bool(_MEASURE.search(line)) or bool(_DAY.search(line)))


LINK = re.compile(r"https?://|www\.\w|\b[\w.+-]+@[\w-]+\.[\w.]+|\w(?:>>|»)\s*$", re.I)
# Messages of the page's widgets, not of the article.
UI_MESSAGE = re.compile(
    r"\b(?:something went wrong|try again later|please try again|oops\b|"
    r"(?:enable|turn on|requires|require) javascript|"
    r"javascript is disabled|your browser (?:does not|doesn't)|loading\.\.\.|"
    r"this (?:video|content|feature) is (?:not available|unavailable)|"
    r"(?:we|you) (?:are|were) unable to (?:load|play)|refresh the page|"
    r"playback (?:is )?(?:not supported|unsupported)|(?:unsupported|not supported) on (?:your|this) (?:device|browser)|"
    r"(?:device|browser) (?:does not|doesn't|cannot|can't) (?:support|play)|please (?:sign|log) in(?:\s*[.!]?\s*$|\s+to\b)|\badd interest\b|"
    # (clean74) a sign-up box's own messages, each only as the whole line ("There was an error processing your
    # subscription.", "Keep an eye on your inbox for the latest news.": the outlet's own mail); an outage's quoted
    # "error processing your request" and an agency's advice ("… for a notice from the agency.") are news (mend114)
    r"^\s*there was an error processing your (?:subscription|sign-?up)\s*[.!]?\s*$|"
    r"^\s*keep an eye on your inbox for (?:our|the latest|your first)\b[\w ,'’-]{0,40}?\b"
    r"(?:newsletters?|news|editions?|e-?mails?|updates|stories)\s*[.!]?\s*$)",
    re.I,
)
# A caption's own label glued into the line ("Media caption …", "Image copyright AFP/Getty Image
# caption …"): the line describes a picture or clip, not the story.
CAPTION_LABEL = re.compile(r"\b(?:image|media|video|photo|picture)\s+(?:caption|copyright|credit)\b", re.I)
# A photo credit glued in front of a paragraph: "Mike Coppola/Getty The Olsen twins said …",
# "Tom Williams/Getty Images Rep. …", "AFP/Getty Images NBA Finals …". Name/Agency parts in
# capitals, then a capitalised word that starts the real text. A part must be a photo agency or end
# in Images/Photo(s)/Pictures, or the line must open with a person-like name (two capitalised
# words) — so "SINGAPORE/BEIJING Flamboyant …" (a dateline) and "The WSJ/NBC poll" stay.
_CREDIT_NAME = r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2}"  # the first part: a photographer or an agency
_CREDIT_SUFFIX = r"(?: (?:Images?|Photos?|Pictures|Press|Photography|Agency|News|Service|Pool))*"
CREDIT_PREFIX = re.compile(
    rf"^(?:(?:photo|image|picture|credit)s?\s*:?\s+)?(?P<first>{_CREDIT_NAME})"
    rf"(?P<rest>(?:\s?/\s?[A-Z][\w.&'’-]*{_CREDIT_SUFFIX})+)(?:\s+(?:via|for)\s+[A-Z][\w.]*)?\s+(?=[\"“‘(]?[A-Z0-9])"
)
PHOTO_AGENCY = re.compile(
    r"\b(?:AP|AFP|EPA|Reuters|Getty|Newscom|Shutterstock|Corbis|WireImage|FilmMagic|Invision|Rex|REX|"
    r"Zuma|ZUMA|Splash|Bloomberg|PA|Abaca|Sipa|SIPA|Alamy|NurPhoto|Anadolu|Xinhua|Polaris|Redux|"
    r"MCT|TNS|Tribune|Handout|handout|Courtesy|Instagram|Twitter|Facebook)\b|(?:Images?|Photos?|Pictures?|Press)$"
)


# Markup that leaked into the text: HTML tags with their attributes ("<a href=…>", "</div>") and
# WordPress-style shortcodes ("[caption id=… align=…]", "[/caption]"). Bracketed editorial words
# ("[the Endangered Species Act]") have no attributes and stay.
_ATTR = r"""\s+[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>\]"']+))?"""
_SHORTCODE_ATTR = r"""\s+[\w:-]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s\]"']+)"""
MARKUP = re.compile(
    rf"</?[a-z][a-z0-9]*(?:{_ATTR})*\s*/?>|\[/[a-z_][\w-]*\]|\[[a-z_][\w-]*(?:{_SHORTCODE_ATTR})+\s*/?\]"
)
_BARE_TAG = re.compile(r"^</?[a-z][a-z0-9]*\s*/?>$")
# (clean25, issue 13: a wiki stub printed "History [ edit ] The church was built …" in a summary) A wiki
# page's section link "[ edit ]" closing a heading is the page's markup. Its footnote markers ("… in 1912.[4]")
# stay: taking them out made a reference page's sentences usable and one took a summary's place from the
# story's own quote (read worse in ../readings/clean25/).
WIKI_MARKUP = re.compile(r"\s*\[ ?edit(?: source)? ?\]\s*$")


def _is_markup(m: re.Match[str]) -> bool:
    """A tag in lower case that is bare ("<br>", "</p>") or carries an attribute value ("<a href=…>");
    "<The Palace: Tale of Jang Noksu>" is a title in angle brackets."""
    text = m.group(0)
    return text.startswith("[") or "=" in text or bool(_BARE_TAG.match(text))


def strip_markup(line: str) -> tuple[str, list[str]]:
    """(the line without markup, the markup taken out)."""
    if "<" not in line and "[" not in line:
        return line, []
    found = [m for m in MARKUP.finditer(line) if _is_markup(m)]
    if "]" in line:
        found = sorted(found + list(WIKI_MARKUP.finditer(line)), key=lambda m: m.start())
    if not found:
        return line, []
    out, last = [], 0
    for m in found:
        out.append(line[last:m.start()])
        last = m.end()
    out.append(line[last:])
    text = re.sub(r"\s+([.,;:!?)\]’”])", r"\1", " ".join(" ".join(out).split()))  # "wrong </b>." → "wrong."
    return text, [m.group(0).strip() for m in found]


# A share widget's label glued in front of a paragraph ("Email This Even at 88, …", "Share This Story
# Tweet The council voted …"): capitalised widget words, one of them a share verb, then the text.
SHARE_VERBS = frozenset({"email", "e-mail", "share", "print", "tweet", "pin"})
# (clean12) a bar of networks' names alone is a share widget too ("Facebook Twitter Pinterest UBC researchers test
# …", the buttons over a picture); "Facebook Twitter" in a sentence is followed by lower case
NETWORKS = frozenset({"facebook", "twitter", "pinterest", "whatsapp", "linkedin", "reddit", "messenger", "flipboard",
                      "telegram", "email", "e-mail"})
# (clean73) a video player's bar ("Play Facebook Twitter Embed"): its play and embed buttons beside the networks
PLAYER_BUTTONS = frozenset({"play", "embed"})
_LINK_WORDS = frozenset({"the", "a", "an", "of", "in", "on", "and", "or", "to", "up"})  # "Print The Washington Post …" is a sentence
_SHARE_PREFIX = re.compile(r"^((?:[A-Z][\w-]*\s+){2,6})(?=[\"“‘(]?[A-Z0-9])")


def share_prefix(line: str, options: Options = DEFAULT) -> tuple[str, str] | None:
    """(label, rest) when ``line`` opens with a share widget's label glued to the real text, else None."""
    m = _SHARE_PREFIX.match(line)
    if not m:
        return None
    run = m.group(1).split()
    for n in range(len(run), 1, -1):  # the longest run of widget words before the text
        label = [w.lower() for w in run[:n]]
        if (all(w in UI_WORDS for w in label) and (SHARE_VERBS & set(label) or set(label) <= NETWORKS
                                                     or (set(label) <= NETWORKS | PLAYER_BUTTONS and NETWORKS & set(label)))
                and label[-1] not in _LINK_WORDS):
            rest = line[len(" ".join(run[:n])):].strip()
            # (as after a glued credit: too short a rest is no paragraph)
            return (" ".join(run[:n]), rest) if len(words(rest)) >= options.clean_credit_rest_words else None
    return None


_SHARE_SUFFIX = re.compile(r"(?<=[.!?\"”’])\s+((?:[A-Z][\w-]*\s+){0,5}[A-Z][\w-]*)\s*$")


_BARE_LINK = re.compile(r"(?:https?://|www\.)\S+|[|•·,;/–—-]")


def only_links(line: str) -> bool:
    """Whether ``line`` is web addresses and separators only ("http://a.example/x | http://b.example/y"): a link row
    the extractor kept. (clean73) A sentence holding an address is not this and stays."""
    tokens = line.split()
    return bool(tokens) and all(_BARE_LINK.fullmatch(t) for t in tokens) and any(LINK.search(t) for t in tokens)


def share_suffix(line: str, options: Options = DEFAULT) -> tuple[str, str] | None:
    """(rest, label) when ``line`` is a sentence with a share or player widget's label glued after its full stop
    ("… the mayor said. Email This", "… were overdue. Story Continued Below"), else None. (clean73) The label is
    capitalised widget words only; a rest under ``clean_credit_rest_words`` words or no sentence keeps the line."""
    m = _SHARE_SUFFIX.search(line)
    if not m:
        return None
    label, rest = m.group(1), line[:m.start()].strip()
    low = [w.lower() for w in label.split()]
    widget = (all(w in UI_WORDS for w in low) and (SHARE_VERBS & set(low) or set(low) <= NETWORKS | PLAYER_BUTTONS)
              or BOILERPLATE.fullmatch(label) is not None)
    if widget and len(words(rest)) >= options.clean_credit_rest_words and is_sentence(rest):
        return rest, label
    return None


def credit_prefix(line: str, options: Options = DEFAULT) -> tuple[str, str] | None:
    """(credit, rest) when ``line`` opens with a photo credit glued to the real text, else None."""
    m = CREDIT_PREFIX.match(line)
    if not m:
        return None
    credit, rest = m.group(0).strip(), line[m.end():].strip()
    parts = [m.group("first")] + [p.strip() for p in m.group("rest").split("/") if p.strip()]
    if all(p.isupper() for p in parts) and not any(PHOTO_AGENCY.search(p) for p in parts):
        return None  # "SINGAPORE/BEIJING": a dateline of two cities
    agency = any(PHOTO_AGENCY.search(p) for p in parts[1:]) or PHOTO_AGENCY.search(parts[0])
    person = (len(parts[0].split()) in (2, 3) and not parts[0].isupper()
              and parts[0].split()[0] not in ("The", "A", "An", "This", "That", "In", "On", "At"))
    if not (agency or person) or len(words(rest)) < options.clean_credit_rest_words:
        return None
    return credit, rest


# Text of the web platform around an article, not of the article: social-embed features ("You can
# add location information to your Tweets"), web-archive crawl notes ("These crawls are part of an
# effort to archive pages…"), media players and browsers. A line holding two different such terms
# is platform text unless the rest of the article talks about them too (a story about Twitter).
PLATFORM = re.compile(
    r"\b(?:(?:re)?tweets?|location (?:information|history|services|data)|third[- ]party (?:apps?|applications|sites)|"
    r"crawl(?:s|ed|er|ers|ing)?|web (?:captures?|collections?|archives?|pages?)|"
    r"archiv(?:e|es|ed|ing) (?:the )?(?:pages|web|copies|sites)|wayback machine|internet archive|"
    r"seed ?list|warc(?: files?)?|embargo period|outbound links|embeds?|playback|(?:media|video|audio) player|"
    r"(?:your|this) (?:device|browser)|browsers?|javascript|plug-?ins?|pop-?ups?|ad ?blockers?|urls?|"
    r"hosts? (?:list|names?)|web ?sites?)\b",
    re.I,
)
# (a line naming ``options.clean_platform_min_terms`` distinct PLATFORM terms is platform text)


# Every PLATFORM branch contains one of these: a cheap test that skips the regex on most lines.
_PLATFORM_TRIGGERS = ("tweet", "location", "third", "crawl", "web", "archiv", "wayback", "seed", "warc",
                      "embargo", "outbound", "embed", "playback", "player", "device", "browser",
                      "javascript", "plug", "pop", "blocker", "url", "host")


def platform_terms(line: str) -> set[str]:
    """The distinct platform terms of a line, lower case, plural folded ("Tweets" = "tweet")."""
    lower = line.lower()
    if not any(t in lower for t in _PLATFORM_TRIGGERS):
        return set()
    return {m.group(0).lower().removesuffix("s") for m in PLATFORM.finditer(line)}


# The vocabulary of a web crawl's description: what a web archive writes about its own crawls
# ("Web wide crawl with initial seedlist …", "We used Heritrix … and respected robots.txt", "Number of
# captures: …"). Such a page stands in for an article whose capture failed. Inflections fold to one
# stem ("crawl", "crawler", "crawled" are one term), so only different words add up. (junk29) "IA" in capitals is
# the Internet Archive's name in its collection notes ("… Election crawls performed by IA."); "ia" is no term.
CRAWL = re.compile(
    r"\b(?:(?:web[- ]wide |wide )?crawl(?:s|ed|er|ers|ing)?|seed ?lists?|captures|robots\.txt|heritrix|"
    r"wayback(?: machine)?|internet archive|archive\.org|archive-it|warcs?|embargo period|"
    r"(?:unique )?urls?|alexa(?:'s|’s)? top|(?:number of )?hosts|(?-i:IA))\b",
    re.I,
)
# Reporting about an archive ("…, the Internet Archive said") is news, not the archive's own page.
ATTRIBUTED = re.compile(r"\b(?:said|says|told|according to|spokes(?:man|woman|person))\b", re.I)
# A line telling what someone did on a platform is news about them, never the platform's own text ("Musk aired
# his frustration … in a series of tweets, … started out by tweeting"); platform notices speak to the reader
# ("You can add location information to your Tweets") or describe the page ("These crawls are part of …").
# Only an active deed ("Musk aired", "the mayor posted"), never a passive or the page's own voice ("will be posted
# here", "Tweets posted by this account", "As announced earlier"), and never a line speaking to the reader
# (review137): ``told_on_platform``.
# (user70) the deeds a person does with posts and pages, not only telling ("deleted the tweets", "sent tweets
# attacking the judge", "shared the petition", "used its account to send tweets"); the verb needs words before
# it, so a button ("Send tweet", "Share this") or an order to the reader ("Log in to share tweets …") is no deed.
TOLD_ON_PLATFORM = re.compile(
    r"(?<!\bbe )(?<!\bbeen )(?<!\bbeing )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bas )"
    r"\b(?:tweeted|tweeting|retweeted|posted|wrote|announced|aired|"
    r"shared|sharing|deleted|deleting|sent|sending|send|linked|linking|uploaded|uploading)\b(?! by\b)", re.I)
_THE_PAGE = re.compile(r"\b(?:here|(?:this|the) (?:account|page|video|site|website|story|article|feed))\b", re.I)
_ORDER = re.compile(r"^\W*(?:log ?in|sign (?:in|up)|use|tap|click|press|select|choose|try|go to|open)\b", re.I)
# (mend105) the page's own embed talking: "The author has deleted this tweet, so the embed cannot be shown.",
# "Embedded tweet deleted: …", "Tweets sent from third-party apps may not display in the embed."
_THE_EMBED = re.compile(r"\b(?:the embed|embed(?:ded|s)? (?:tweet|post)s?|may not (?:display|load|show|appear))\b", re.I)
# "this tweet" is the embed beside the line for the user70 deeds ("has deleted this tweet"); a telling verb
# before it stays news as on main ("The senator posted this tweet on Monday:")
_THIS_POST = re.compile(r"\bthis (?:tweet|post)\b", re.I)
_TELLING = frozenset({"tweeted", "tweeting", "retweeted", "posted", "wrote", "announced", "aired"})
# words after which a deed verb has no subject of its own: "Tap the icon to send tweets", "… and send tweets"
_NO_SUBJECT = frozenset({"to", "the", "a", "an", "and", "or", "of", "for", "in", "on", "with", "then", "here"})


def told_on_platform(line: str) -> bool:
    """Whether a line tells what someone did on a platform (news about them), not the platform's own text.
    A line opening with an order ("Log in to share …", "Tap the icon to send tweets …") is the page's unless
    a deed verb in it has a subject of its own: "Support for the pause grew after harbour workers posted tweets",
    "Visit Dunmore, the tourism board, deleted its tweets" are news (mend105)."""
    if addresses_reader(line) or _THE_PAGE.search(line) or _THE_EMBED.search(line):
        return False
    line = line.lstrip()
    order = _ORDER.match(line) or _IMPERATIVE.match(line)
    this_post = bool(_THIS_POST.search(line))
    for m in TOLD_ON_PLATFORM.finditer(line):
        before = line[:m.start()]
        if not re.search(r"\w", before) or (this_post and m.group().lower() not in _TELLING):
            continue
        if order:
            # the deed verb right after the order's own words, or after "to"/"the"/"and": the order's verb
            rest = re.findall(r"[\w'-]+", line[order.end():m.start()])
            if not rest or rest[-1].lower() in _NO_SUBJECT:
                continue
        return True
    return False
# (lower-case "us" only: "US" and "Us" are the country, as in ``addresses_reader``)
FIRST_PERSON_PLURAL = re.compile(r"\b(?:(?i:we|we're|we've|we'll|our)|us)\b")


def crawl_terms(line: str) -> set[str]:
    """The distinct crawl-description terms of a line, one per stem ("crawls" = "crawler" = "crawl")."""
    lower = line.lower()
    if not any(t in lower for t in ("crawl", "seed", "captures", "robots", "heritrix", "wayback", "archive",
                                    "warc", "embargo", "url", "alexa", "hosts")) and "IA" not in line:
        return set()
    found = set()
    for m in CRAWL.finditer(line):
        term = m.group(0).lower()
        for stem in ("crawl", "seed", "url", "host", "wayback", "warc", "alexa"):
            if stem in term:
                term = stem
                break
        found.add(term)
    return found


def crawl_notice(line: str, min_terms: int) -> bool:
    """A line describing a web crawl: ``min_terms`` different crawl terms, not attributed to a source."""
    return len(crawl_terms(line)) >= min_terms and not ATTRIBUTED.search(line)


# A line cut short by the page ("… when crews arrived, flam...", "according to new ..."): a teaser of
# another story or a truncated summary. An ellipsis inside a quotation ("it's ...\"") is speech.
TRUNCATED = re.compile(r"(?<![.!?]\s)(?<![.!?])(?:\.\s?\.\s?\.|…)\s*$")  # ". ..." closes a whole sentence: an elision mark
# Words of navigation and share widgets: a short line made only of these is a widget.
UI_WORDS = frozenset(
    """advertisement advertisements advertising ad ads sponsored promoted share shares shared send
    sharing tweet pin email e-mail print comment comments facebook twitter whatsapp linkedin reddit
    instagram youtube pinterest flipboard messenger telegram copy link links read more continue
    reading related see also watch video videos listen audio close menu subscribe subscribed sign
    in up log login register skip next previous prev back to top free apps app now home story
    below above the this article on in of and or save bookmark follow us gallery photos images
    view open full screen fullscreen image caption toggle show hide expand collapse loading
    newsletter newsletters click here trending popular most recommended you may like also
    highlights story stories latest news updates articles play embed autoplay""".split()
)
# Phrases reporting does not use: boilerplate wherever they occur in a line.
# (mend67) a page of the outlet's own a pointer sends the reader to ("our live blog", "our app")
_OWN_PAGE = r"(?:[a-z-]+ ){0,2}?(?:live ?blog|blog|website|web site|coverage|site|app|newsletter)s?"
BOILERPLATE = re.compile(
    r"\b(?:our cookies?\b(?! (?:jar|dough|recipe))|"
    r"this (?:article|story|post|piece) (?:was|is|has been|first) (?:originally )?(?:published|appeared|posted)|"
    # (clean70) "Originally published at Vox."; not "Originally published in 1851, Moby-Dick sold poorly …" (a clause
    # after the comma: the writer's sentence)
    r"(?:^|(?<=[.!?] ))originally (?:published|appeared) (?:on|in|at|by)"
    r"(?![^.!?]*,\s+(?:[A-Z][\w'’-]*|the|his|her|its|their)(?:\s+[^\s.!?]+){3})|"
    r"republished (?:with|under) permission|"
    # a print edition's note ("A version of this article appeared August 24, 2012, on page A11 …") and a
    # copyright line ("© 2014 Axanar Productions.", "Copyright (c) 2012 by …"); "Copyright law …" is prose
    r"a version of this (?:article|story|review|column|post|essay) (?:appeared|appears|was published|ran)\b.*|"  # (to its end: the date after it is no sentence)
    r"(?:^|(?<=[.!?] ))copyright\s*(?:©|\(c\)|\d{4}\b)|"
    r"representations or warranties|auto-generated from|has not been edited by|"
    # (clean70) the wire's notice ("This material may not be published, broadcast, rewritten or redistributed."); not
    # "The names may not be published under state law."
    r"(?:\bthis (?:material|content|piece|article|story|report|photo|video|image)|\b(?:material|content))\b[^.!?]{0,40}? "
    r"may not be (?:re)?(?:published|broadcast|rewritten|redistributed|reproduced)|"
    r"may not be (?:re)?(?:published|broadcast|rewritten|redistributed|reproduced),|"
    r"story continued below|continue reading(?: the main story)?|read more(?=\s*(?:[:»>…|]|\.\.\.|$))|click here|"
    r"read (?:the )?(?:full|original) (?:story|article)|"
    # (mend65) a pointer to another page of the outlet ("Full details can be found in our live blog."); (mend67) only
    # with a page noun ending the sentence: no quote, no attribution ("…at our office, the mayor said.")
    r"(?:^|(?<=[.!?] ))(?:full |more |further )?(?:details|information|coverage)\b[^.!?\"“”,]{0,40}? (?:can|may) be "
    # (review71 #5) pages joined by and/or ("in our app and on our website") and a ", which …" tail no one is said to say
    r"(?:found|read|seen) (?:in|on|at|via) our " + _OWN_PAGE + r"(?: (?:and|or) (?:(?:in|on|at|via) )?our "
    + _OWN_PAGE + r")*(?:, which (?![^.!?]*\b(?:said|says|told|added)\b)[^.!?\"“”,]{3,80})?\s*(?:[.!]|$)(?!\s*[\"”’])|"
    r"sign up (?:for|to) our|sign up (?:for|to) [^.]{0,40}\bour (?:\w+ ){0,3}(?:newsletter|alerts)|"
    r"sign up here|by signing up,? you agree|subscribe (?:now|today|here)\b|"
    r"subscribe (?:to|for) our [^.]{0,40}(?:newsletter|channel|podcast|alerts)|"
    r"our newsletters?\b|join the conversation|like us on|"
    r"follow (?:us|@\w+)\b|download our (?:free )?app|"
    r"(?:reuse|republish|reprint) (?:any|this|our) content|for (?:reprint|licensing) permission|"
    r"contributed to this (?:report|story|article)|(?-i:(?:Reporting|Writing|Editing) by [A-Z])|"
    r"(?:log|sign) in to (?:comment|continue)|"
    r"thank you for (?:subscribing|signing up|reading|your (?:report|feedback))|"
    r"(?:get|receive) our .{0,30}\b(?:email|inbox)|support our journalism|"
    # a newsletter or paywall pitch ("… and never miss our top stories Free Sign Up", "Premium content
    # for only $0.99"), a pointer to the outlet ("For more on Rihanna, head over to Billboard.")
    r"never miss (?:a|an|our|the|another) (?:\w+ ){0,2}(?:stor(?:y|ies)|updates?|issues?|episodes?|headlines?)|"
    r"free sign ?up\b|sign up free\b|premium (?:content|access) for\b|"
    # (mend28) an edition or newsletter offered by e-mail ("Get The Times of Israel's Daily Edition by email")
    r"(?:^|(?<=[.!?] ))get (?:the|our) [^.!?]{0,60}\b(?:edition|newsletter|briefing|digest)\b[^.!?]{0,20}\b(?:by|via|in your) "
    r"(?:e-?mail|inbox)\b|"
    # a blog teaser's pointer to the rest of the post ("Details on her plans after the jump!")
    r"(?:^|(?<=[.!?] ))[^.!?]{0,80}\bafter the jump(?=[.!?:]|$)|"
    r"(?:^|(?<=[.!?] ))(?:more|details|much more|find out|full|see|watch|read|stay|continue)\b[^.!?]{0,80}\bafter "
    r"the break(?=[.!?:]|$)|"
    r"(?:^|(?<=[.!?] ))for more (?:on|about|from) [^,.]{1,60}, (?:head|go|visit|check|see|read|click)\b|"
    # (clean38) a blog host's error page captured for the article ("You're Almost There … needs to upgrade to custom
    # domain mapping")
    r"\b(?:custom )?domain mapping\b|(?-i:\bYou['’]re Almost There\b)|"
    r"\bthe (?:site|page|blog) you (?:were|are) looking for is (?:not|no longer) available\b)",
    re.I,
)
# (clean70, issue 13) Site-policy phrases news also reports: "Meta changed its privacy policy on Monday …", "Twitter
# changed its terms of service …", "the cookies would cost $6 a box", "had all rights reserved to the images", "wants
# to become a member of NATO", "YouTube disabled comments on …". Each is the page's own text only in a sentence the
# site owns or addresses to the reader (``site_policy``), never in one that reports a third party's act.
REPORTABLE = re.compile(
    r"\b(?:all rights reserved|(?:uses?|use of|accept(?:ing)?|the) cookies?\b(?! (?:jar|dough|recipe))|"
    r"cookie (?:policy|settings|preferences|consent)|privacy (?:policy|notice|statement)|"
    r"terms (?:of|and conditions of) (?:use|service)|terms & conditions|"
    r"the (?:article|story|post|piece) (?:was|is|has been|first) (?:originally )?(?:published|appeared|posted)|"
    r"sign up (?:for|to) (?:free|daily|weekly)|sign up (?:for|to) [^.]{0,40}(?:newsletter|alerts)|"
    r"subscribe (?:to|for) (?:my|the) [^.]{0,40}(?:newsletter|channel|podcast|alerts)|"
    r"(?:free|daily|weekly) newsletters?\b|download the (?:free )?app|"
    r"(?:temporarily )?(?:suspending|disabled|closed) (?:article )?comment(?:s|ing)|"
    r"comments? (?:are|have been) (?:closed|disabled)|"
    r"(?:get|receive) (?:notified|alerts|the latest) .{0,30}\b(?:email|inbox)|"
    r"become a (?:member|subscriber|patron)|(?:make|send) a donation|support independent journalism)",
    re.I,
)
_REPORTABLE_TRIGGERS = ("rights", "cookie", "privacy", "terms", "publish", "appeared", "posted", "sign up", "subscri",
                        "newsletter", "app", "comment", "email", "inbox", "become a", "donation", "journalism")
# The site speaking of itself ("This site uses cookies", "By continuing to browse", "Use of this site constitutes …",
# "This material …") or a line of its links ("Privacy Policy | Terms of Use", "About · Privacy · Terms").
SITE_OWNED = re.compile(
    r"\b(?:this|our) (?:site|website|web site|page|app|service|material|content|article|story|post|newsletter|"
    r"publication|form|browser)\b|\bby (?:using|continuing|clicking|browsing|visiting|accessing|signing|subscribing|"
    r"registering|submitting)\b|\buse of this\b|\bcopyright\b|©|\(c\)| [|•·] ", re.I)
# An order to the reader opening the sentence ("Accept cookies to continue", "Read the privacy policy", "Become a
# member", "Download the free app", "Sign up for daily alerts").
_IMPERATIVE = re.compile(
    r"^(?:accept|allow|manage|review|read|view|see|update|agree|become|make|send|download|support|subscribe|sign up|"
    r"get|receive|learn more|find out|continue|change|click|visit|check)\b", re.I)


_REPORTED = re.compile(r"\b(?:said|says|say|told|tells|according to|spokes(?:man|woman|person)|warn(?:s|ed)?|"
                       r"argue[sd]?|claim(?:s|ed)?|report(?:s|ed)|wrote|writes|added)\b", re.I)
_QUOTED = re.compile(r"[\"“”«»]|(?:^|\s)‘")


def _sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding ``text[start:end]`` (full stops and line ends as bounds)."""
    a = max(text.rfind(". ", 0, start), text.rfind("! ", 0, start), text.rfind("? ", 0, start))
    a = 0 if a < 0 else a + 2
    ends = [i for i in (text.find(c, end) for c in ".!?") if i >= 0]
    b = min(ends) + 1 if ends else len(text)
    return text[a:b].strip()


def site_policy(text: str, options: Options = DEFAULT) -> bool:
    """True when a site-policy phrase of ``text`` (``REPORTABLE``) is the page's: its sentence speaks to the reader
    (you/our/please), is the site's (``SITE_OWNED``), gives an order, or is little more than the phrase (at most
    two other words, or a label of at most six words with no full stop). "Meta changed its privacy policy on
    Monday …" reports a third party's act and is news."""
    lower = text.lower()
    if not any(t in lower for t in _REPORTABLE_TRIGGERS):
        return False
    for m in REPORTABLE.finditer(text):
        sent = _sentence_at(text, m.start(), m.end())
        rest = words(sent.replace(m.group(0), " ", 1))
        if len(rest) <= options.clean_policy_rest_words or (
                not is_sentence(sent) and len(words(sent)) <= options.clean_policy_label_words):
            return True
        if _REPORTED.search(sent) or _QUOTED.search(sent):
            continue  # ("'We will become a member within a year,' the minister said": a speaker's words)
        if addresses_reader(sent) or SITE_OWNED.search(sent) or _IMPERATIVE.match(sent):
            return True
    return False


# Imperatives that open a call to action ("Follow X on Twitter", "Sign up...", "Stay with...").
CTA_START = re.compile(
    r"^(?:follow|subscribe|sign up|join|like us|download|click|tap|watch|listen|read more|"
    r"stay (?:with|up to date|informed|tuned)|get (?:the|our) (?:latest|app)|share this|"
    r"don't miss|never miss|help us|let us know|tell us|send us|email us|contact us|"
    r"make a donation|donate|support us)\b",
    re.I,
)
# Words about the site itself: only junk when the line also addresses the reader and is off topic.
WEAK_VOCAB = re.compile(
    r"\b(?:cookies?|subscrib\w*|newsletters?|comment(?:s|ing)|disclaimer|donat\w+|e-?mail|"
    r"inbox|sign(?:ing)? up|website|notifications?|log ?in|register|account|mailing list|"
    r"sponsored|advertis\w+|social media|our (?:team|community|site|page|app|list|readers))\b",
    re.I,
)
READER = re.compile(r"\b(?:you|your|you're|we|we're|we'll|our|us|please|thank|thanks)\b(?!\.\w)", re.I)


def addresses_reader(line: str) -> bool:
    """you/we/our/us/please in the line ("US" and "U.S." are the country, not the reader)."""
    return any(m.group(0) not in ("US", "Us") for m in READER.finditer(line))



# Title-like lines: section headings, list items, "Here is what to know:" labels. They are kept
# when the next line is kept (a section title or list), dropped when they introduce removed text
# ("Post Disclaimer" before a disclaimer) or sit in the off-topic tail.
SOFT = frozenset({"heading", "label", "question heading"})


def strip_bullet(line: str) -> str:
    """The line without list bullets, dashes or pipes at its start."""
    return BULLET.sub("", line).strip()


_CLOSERS = "\"'”’»)]"  # SENTENCE_END's closing marks after a full stop


def is_sentence(line: str) -> bool:
    """True when the line ends like a sentence (., !, ?, … possibly inside closing quotes).

    ``bool(SENTENCE_END.search(line.rstrip()))`` read from the end of the line: the regex is tried
    at every position of a paragraph (cleaning asks this of every line and sentence), the answer
    only depends on its last characters."""
    s = line.rstrip()
    if not s:
        return False
    body = s.rstrip(_CLOSERS)  # "[.!?…][closers]*$": the closers are not end marks, so strip them all
    if body and body[-1] in ".!?…":
        return True
    # "[\"”’»][.!?…)]?$"
    return s[-1] in "\"”’»" or (len(s) >= 2 and s[-1] in ".!?…)" and s[-2] in "\"”’»")


# Every AGENCY_PHOTO match holds one of these (each branch's fixed word), as every CREDIT_TAIL match
# holds a "/": a line without them cannot match, and most lines are skipped with a substring test.
_AGENCY_PHOTO_WORDS = ("Photo", "Images", "Shutterstock", "via")


def credit_or_agency(body: str) -> bool:
    """``CREDIT_TAIL.search(body) or AGENCY_PHOTO.search(body)``, the regexes only run on lines that
    hold their fixed words (both are tried at every position of every line, ~40 µs a paragraph)."""
    if "/" in body and CREDIT_TAIL.search(body):
        return True
    return any(w in body for w in _AGENCY_PHOTO_WORDS) and AGENCY_PHOTO.search(body) is not None


def shape(line: str, options: Options = DEFAULT) -> str | None:
    """Junk by the line's form alone: counters, read times, credits, dates, headings, widgets.

    "heading", "label" and "question heading" are soft (see ``SOFT``): the cleaner keeps such a
    line when the text it introduces is kept. The word caps are ``options.clean_*_words``.
    """
    o = options
    body = strip_bullet(line)
    ws = words(body)
    n = len(ws)
    if n == 0:
        return "no words"
    if line.strip().startswith("|") and line.strip().endswith("|"):
        return None  # a table row: the table is content
    if n <= o.clean_counter_words and COUNTER.search(body) and sum(w.isdigit() for w in ws) >= 1 and not is_sentence(body):
        return "counter"
    if n <= o.clean_stamp_words and READ_TIME.search(body):
        return "read time"
    if n <= o.clean_widget_words and UI_MESSAGE.search(body):
        return "interface message"
    if n <= o.clean_link_words and CREDIT_LABEL.search(body):
        return "related link" if promo_link(body) else "photo credit"
    if n <= o.clean_link_words and body[:1] in "Ss(" and PROMO_LABEL.match(body) and promo_link(body):
        return "related link"  # (clean71) "SLIDESHOW: …", whose label is no credit's
    if n <= o.clean_caption_words and CAPTION_LABEL.search(body):
        return "photo caption"
    if credit_or_agency(body):
        return "photo credit" if n <= o.clean_stamp_words else "photo caption"
    if n <= o.clean_stamp_words and (DATE_LINE.match(body) or (body[-1:] in "-–—" and leftovers.BARE_DATELINE.match(body)
                                                            and not _label_words(body))):
        return "date line"  # (clean72) and a wire dateline alone ("BERLINGTON (Reuters) —"): its lede lost it
    if n <= o.clean_link_words and RELATED.match(body):
        return "related link"
    if n <= o.clean_link_words and LINK.search(body) and not is_sentence(body):
        return "link or contact"
    if only_links(body):  # (clean73) a row of addresses however long: no sentence, nothing to keep
        return "link or contact"
    lower = [w.lower() for w in ws]
    if n <= o.clean_heading_words and all(w in UI_WORDS for w in lower):
        return "share or navigation widget"
    if n <= o.clean_widget_words and body.count("|") >= 2:
        return "navigation bar"
    if not is_sentence(body):
        if body.endswith(":"):
            if n <= o.clean_stamp_words and not SPEECH_COLON.search(body):
                return "label"
            return None
        if n == 1:
            return "fragment"
        if n <= o.clean_heading_words:
            return "heading"
        return None
    if n <= o.clean_fragment_words:
        return "fragment"
    if body.endswith("?") and n <= o.clean_question_heading_words:
        return "question heading"
    return None


# Every BOILERPLATE branch contains one of these: a cheap test that skips the big regex on most lines.
_TRIGGERS = (
    "rights", "cookie", "privacy", "terms", "publish", "appeared", "warrant", "generated", "edited",
    "may not", "continue", "read ", "click", "sign", "subscri", "newsletter", "conversation",
    "like us", "follow", "download", "reuse", "reprint", "licensing", "contributed", "reporting by",
    "writing by", "editing by", "comment", "thank you", "notified", "alerts", "the latest", "become a",
    "donation", "journalism", "posted", "email", "e-mail", "inbox", "log in", "never miss", "premium",
    "for more", "after the", "a version of", "copyright", "domain mapping", "almost there", "looking for",
    "in our", "on our", "at our", "via our",
)


def _may_be_boilerplate(text: str) -> bool:
    lower = text.lower()
    return any(t in lower for t in _TRIGGERS)


# (clean72) A consent banner's buttons, each alone on its line ("Accept all", "Reject All", "I agree", "Manage
# preferences", "Accept cookies", "Necessary cookies only", "Show purposes", "Vendor list"): kept as lines of the
# story, they made a page of only a cookie notice a brief of two buttons instead of the error that names it.
CONSENT_BUTTON = re.compile(
    r"^(?:(?:i\s+|yes,?\s+i\s+)?(?:accept|agree|consent|reject|decline|refuse|allow|deny|disagree|do not consent)"
    r"(?:\s+(?:all|and close|& close|and continue|to all|cookies|all cookies|selected|selection|necessary|essential|"
    r"only necessary|only essential)(?:\s+(?:cookies|only))?)?"
    r"|(?:only\s+)?(?:necessary|essential|strictly necessary) cookies(?: only)?"
    r"|manage (?:preferences|settings|options|cookies|choices|my choices|consent|cookie settings)"
    r"|(?:cookie|privacy|consent) (?:settings|preferences|options|choices)|customi[sz]e (?:settings|choices|cookies)"
    r"|save (?:preferences|settings|choices|my choices|and exit|& exit)|show purposes|(?:view )?vendor list|"
    r"(?:view )?partners|legitimate interest)\W*$", re.I)


def vocabulary(line: str, options: Options = DEFAULT) -> str | None:
    """Junk by boilerplate phrases or a call to action opening the line (of at most
    ``options.clean_cta_words`` words)."""
    body = strip_bullet(line)
    if (_may_be_boilerplate(body) and BOILERPLATE.search(body)) or body.startswith("©") or site_policy(body, options):
        return "boilerplate"  # ("© 2014 Axanar Productions.": a copyright line; the sign has no \b for the regex)
    if CONSENT_BUTTON.match(body):
        return "boilerplate"  # (clean72) a consent banner's button (the whole line: the pattern is anchored at both ends)
    if CTA_START.search(body) and len(words(body)) <= options.clean_cta_words:
        return "call to action"
    return None


def reader_boilerplate(line: str) -> bool:
    """True for a line that speaks to the reader about the site (weak vocabulary + you/our/please).

    Alone this is not enough (quotes address people too); the caller also requires the line to
    be off the article's topic.
    """
    return bool(WEAK_VOCAB.search(line)) and addresses_reader(line)


# -- sentences of the page inside a paragraph ----------------------------------------------------
# A photo caption ("FILE - In this Sept. 26, 2006, file photo, knives ...", "In this image released
# by ..."): it describes a picture the reader does not see, and the wire services repeat it under
# every copy, so alignment would make it look well supported.
CAPTION_SENTENCE = re.compile(
    r"^(?:FILE(?:\s+PHOTO)?\s*[-–—:]|File photo\b|(?:FILE\s*[-–—:]\s*)?In th(?:is|ese)\b.{0,60}?"
    r"\b(?:photos?|images?|pictures?|video|frame grab)\b)", re.I)
# Other lines of the page: a photo description ("A file image shows …"), player and gallery widgets
# ("3 of 68 Skip in Skip x Embed", "CLOSE …"), stamps ("Updated at 9:23 a.m."), bylines ("By Carmen
# D. Siering"), credits ("Photo: Getty Images"), "Story continues below", link and click lines,
# social-media embeds, and an agency photo caption ("X speaks during an interview in Kathmandu,
# Nepal May 30, 2016.", "… after a rally Thursday, Oct. 3, 2013, in Haltom City.").
PAGE_SENTENCE = re.compile(
    r"^(?:(?:A|An|The|This)\s+)?(?:file\s+)?(?:image|photo(?:graph)?|picture|screenshot|screen grab|video still)"
    r"\s+(?:shows|showing|taken|released|provided|made|dated|(?:of|from)\b(?!.*\b(?:is|are|was|were|has|had|have|will|would)\b))\b"
    r"|\bSkip in Skip\b|\bx Embed\b|\bCopy this code\b"
    # (clean74, mend114) a player's toggle standing alone ("Autoplay", "Autoplay: On | Off"); "The videos autoplay
    # when …", "… can now switch off Autoplay." and "Autoplay Previews, …" are sentences (a bar in a paragraph is
    # ``leftovers.player_bar``'s)
    r"|^(?:[Aa]utoplay|AUTOPLAY)\s*(?:[:|]?\s*(?:On|Off|ON|OFF|on|off)\b\s*)*[.!]?$"
    r"|" + leftovers.CLOSE_BUTTON + r"|^\d{1,3}\s+of\s+\d{1,3}\b"  # ("CLOSE TO 100 …" is a shouted sentence)
    r"|^(?:Updated|Posted|Published|Last updated|Last modified)\b\s*:?\s*(?:at\s+|on\s+)?(?:\d|[A-Z][a-z]{2})"
    r"|^By\s+(?!(?:" + "|".join([*(d.capitalize() for d in WEEKDAYS), *MONTHS_FULL]) + r")\b)[A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+){1,2}"
    r"(?:\s*,|\s*$|\s+(?:and|for|of|in)\s|\s+[A-Z])"
    r"|\b(?:Photo|Photos|Picture|Image|Credit|Photograph|Video)\s*:\s*\S"
    r"|\b(?:Getty Images|AP Photo|AFP Photo|Reuters Photo|Photo credit|Image copyright|Image caption)\b"
    r"|\bStory (?:continued|continues) below\b|^Advertisement\b"
    # a machine's web address in running text ("http://xml.channel.aol.com/…?id=691977", a query or 40+
    # characters): a link of the page the extractor kept as text. A short address the writer gives
    # ("Ticket details: http://www.example.com/") stays, and a tweet's t.co link is the post's
    r"|https?://(?!t\.co/)(?:\S*[?=&]\S*|\S{40,})"
    # a picture's source ("Image from the campaign.", "Image taken by Paul Allen showing …")
    r"|^(?:Image|Photo|Picture|Video)s?\s+(?:taken by|from|courtesy of|via|by)\s"
    # a time stamp, with the outlet before it: "Associated Press Tue Feb 19, 2013 7:44 PM"
    r"|^(?:[A-Z][\w.&'’-]*\s+){0,3}(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[a-z]*\.?\s+\d{1,2},?\s+\d{4},?\s+(?:at\s+)?\d{1,2}:\d\d\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?\s*$"
    # an editor's update note, a link line in brackets, instructions to click or watch
    r"|^(?:UPDATE|Update|Updated)\b(?:[^:.]|\d:\d|[ap]\.m\.){0,40}:\s"
    r"|^[\[(](?:RELATED|Related|READ MORE|Read more|SEE ALSO|See also|PHOTOS|Photos|VIDEO|Video|WATCH|Watch)\b"
    r"|^(?:Click|Tap|Scroll)\s+(?:here|on|the|to|below|through)\b|\b[Cc]lick here\b"
    # a web archive's crawl description glued to a captured article ("-- a ranking of all URLs that have
    # more than one incoming inter-domain link …"): one crawl term, too few for ``crawl_notice``
    r"|\bincoming inter[- ]domain links?\b|\bhighly ranked URLs per domain\b"
    r"|^(?:Watch|Read|Listen to|See)\s+(?:it|more|the (?:full |whole )?(?:video|story|interview|clip)|here|below|above)\b[^.]{0,40}\.?$"
    # a video's caption line: "NBC10's Lu Ann Cahn has the details.", "Jane Doe reports."
    r"|^(?:[A-Z][\w.'’-]*\s+){1,5}(?:has|have|brings|gets) (?:the |more |all the )?(?:details|story|report|more)\.?$"
    # (the picture's verb near the start, its subject a name or a description, not a clause's "who" or a
    # pronoun: "He talks about the plan he unveiled on March 3, 2015." and "…, who leaves office on
    # Jan. 20, 2017." are prose; nor a date a preposition of time governs: "… holds the title until
    # May 3, 2016.")
    r"|^.{0,160}?(?<!\bwho )(?<!\bwhich )(?<!\bthat )(?<!\b[Hh]e )(?<!\b[Ss]he )(?<!\b[Ii]t )(?<!\b[Tt]hey )"
    r"\b(?:speaks|poses|looks on|walks|attends|gestures|arrives|reacts|waves|is seen|are seen|smiles|"
    r"listens|sits|stands|leaves|holds|talks|delivers|addresses|greets|shakes)\b.{0,200}"
    r"(?<!\buntil )(?<!\btill )(?<!\bby )(?<!\bsince )(?<!\bbefore )(?<!\bafter )(?<!\bthrough )(?<!\bfrom )"
    r"(?<!\bthan )(?<!\bof )\b(?:Jan|Feb|March|"
    r"April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+(?:19|20)\d\d"
    r"(?:,\s+in\s+[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,3})?\.?$"
    # an agency caption's closing place and full date with its weekday set off by commas, whatever
    # its verb ("People pray … in San Bernardino, Calif., Tuesday, April 11, 2017."); prose writes
    # "on Tuesday" (Multi-News + NeuS val: 11 sentences, all captions)
    # (the comma first, "on," looked behind from after it: the same test as before the comma, and a
    # branch opening with a literal is screened by it instead of being tried at every position)
    r"|,(?<!\bon,)\s+(?:" + "|".join(d.capitalize() for d in WEEKDAYS) + r"),\s+(?:Jan|Feb|March|April|May|June|July|Aug|"
    r"Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+(?:19|20)\d\d(?:,?\s+in\s+[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,3})?\.?$")


# (clean38) a sentence of the story about a picture, attributed like news ("A photo shows the suspect leaving the
# store shortly before midnight, police said."): a caption names no source that says it
_ATTRIBUTED_PICTURE = re.compile(r"^(?:A|An|The|This)\s+(?:image|photo(?:graph)?|picture|screenshot|video still|video)\s+"
                                 r"(?:shows|showed)\b.{0,200}\b(?:said|says|told|according to)\b")


# (clean38) an agency's caption describing its picture, with the picture's kind before it ("This undated file image
# from the Galileo spacecraft shows …", "This NASA file image …", "This 2012 photo provided by the police shows …",
# "An undated handout photo shows …"): a file, handout, undated or dated picture (a named source's too), then "shows"
# after its source at most ("The 2004 photo of the crash won …" and "The White House photo from the meeting …" are
# prose); a sentence that says who says so is news ("… shows the suspect, police said")
_DESCRIBED_PICTURE = re.compile(
    r"^(?:A|An|The|This|These)\s+(?=(?:\S+\s+){0,2}(?:undated|handout|file|archive|(?:19|20)\d\d)\s)"
    r"(?:(?:undated|handout|file|archive|archival|family|(?:19|20)\d\d|[A-Z][\w.&'’-]*)\s+){1,3}"
    r"(?:image|photo(?:graph)?|picture|screenshot|screen grab|video still|frame grab|still image)s?\s+"
    r"(?:(?:provided|released|obtained|taken|made available|distributed|posted|from|of)\b[^.!?]{0,80}?\s)?"
    r"(?:shows?|showing|depicts)\b")


# A social-media post the article embeds: its text ("… pic.twitter.com/…") and its attribution line
# ("— Jane Doe (@jdoe) May 3, 2017"). The post is what the article quotes, so cleaning keeps it (the
# extraction benchmark's gold keeps it too); a summary, a fact or a timeline entry never uses it as
# its own sentence (``accord.summarize.usable``).
SOCIAL_POST = re.compile(
    r"\(@\w{1,15}\)\s+(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}"
    r"|\bpic\.twitter\.com/")
POST = "social-media post"  # page_sentence's reason for SOCIAL_POST: kept by cleaning, never summarised
KEPT = frozenset({POST}) | leftovers.KEPT  # page_sentence's reasons cleaning keeps in the text (never summarised)
# PAGE_SENTENCE.search and SOCIAL_POST.search, answered faster (accord.patterns: same answers)
_PAGE_SENTENCE, _SOCIAL_POST = Alternatives(PAGE_SENTENCE), Alternatives(SOCIAL_POST)


def page_sentence(sentence: str) -> str | None:
    """Why one sentence is a line of the page rather than of the story (None = it is the story's):
    a photo caption, a credit, a player or gallery widget, a
    stamp, a byline. Judged per sentence, since pages glue these into paragraphs."""
    text = sentence.strip()
    if not text:
        return None
    return _page_sentence(text)


@lru_cache(maxsize=65536)  # (a reason string per text: a few MB at most)
def _page_sentence(text: str) -> str | None:
    """``page_sentence`` of a stripped, non-empty text, kept per text: a brief asks it of the same
    sentences in cleaning, the summary's candidates, its embedded posts and the coherence check
    (11.8k calls for 3.8k texts on 40 Multi-News stories; its regexes were ~5% of a brief)."""
    if CAPTION_SENTENCE.match(text):
        return "photo caption"
    if _PAGE_SENTENCE.found(text) and not _ATTRIBUTED_PICTURE.match(text):
        return "line of the page"
    if _DESCRIBED_PICTURE.match(text) and not ATTRIBUTED.search(text):
        return "photo caption"
    if _SOCIAL_POST.found(text):
        return POST
    kind = leftovers.leftover(text)  # editor's notes, links, pointers, prompts (``clean.leftovers``)
    if kind:
        return kind
    if leftovers.social_post(text):
        return POST
    return None
