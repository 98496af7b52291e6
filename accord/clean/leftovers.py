"""Page leftovers inside an article's text: sentences of the page, not of the story.

Scraped text (Multi-News, NeuS, pages an extractor read) keeps the page's own sentences glued into
paragraphs: editor's notes and update asides, links to other stories, pointers to a picture or a
clip, social posts the page embeds, newsletter prompts. A summary, a fact or a timeline entry must
never repeat them (protocol C readers mark them down, and an "Update:" aside can be offensive).
``leftover(sentence)`` names the kind, judged on one sentence's form alone — its opening words or
a phrase that reporting does not use — never on any site's exact strings. Each rule was measured
over the Multi-News and NeuS dev sources (``python -m accord.eval.leftovers``) and keeps its near
case: a sentence that mentions a photo, a quotation opening with "Update", "The report was
updated in 2019", "Related charges were filed".

``label_prefix(line)`` takes off a page's label glued in front of a paragraph ("Analysis There had
been…", "AP American Airlines said…") and keeps the paragraph.
"""
from __future__ import annotations

import re

from accord.clean.text import words

# -- editor's notes and update stamps ------------------------------------------------------------
# An update stamp ("UPDATE II", "UPDATE, Saturday morning", "Update 11:32 a.m.", "UPDATED: Tue., Nov. 19,
# 2019", "UPDATE:" alone) says nothing but that the page changed: it goes. A quotation opening with
# "Update" starts with its quotation mark, and "Updated about 1.5 hours ago, …" (a reader's post) has
# none of these forms.
_DAY_OR_DATE = r"(?:[A-Z][a-z]{2,8}\.?,?\s*)?(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\.?)"
UPDATE_STAMP = re.compile(
    r"^[\[(*\s]*(?:UPDATE[SD]?|Update[sd]?)\b\s*\**\s*(?:"
    r"(?:I{1,3}|IV|V|\d{1,2})?\s*[:\])*]*\s*$"  # "UPDATE II", "UPDATE:"
    r"|[:,]?\s*(?:(?:on|at)\s+)?" + _DAY_OR_DATE + r"\W*$"  # "UPDATED: Tue., Nov. 19, 2019", "Update 11:32 a.m."
    r"|,\s*(?:[A-Z][a-z]+day|[A-Z][a-z]+)\s+(?:morning|afternoon|evening|night)\W*$)")  # "UPDATE, Saturday morning"
# An editor's note with something to say ("Correction: An earlier version…", "Editor's note: …",
# "(Update: … responds …)", "UPDATE, 10:11 p.m. — Variety's first story said…", "This story has been
# updated to…"): the outlet speaking about its own article. It is part of the article (the extraction
# benchmark's gold bodies keep it), so cleaning keeps it in the text, but it is never a summary
# sentence or a timeline entry (``KEPT``): one "Update:" aside insulted an intern in a summary.
EDITORS_NOTE = re.compile(
    r"^[\[(*\s]*(?:Editor['’]?s['’]? [Nn]ote|EDITOR['’]?S['’]? NOTE|Ed\. [Nn]ote|CORRECTION|Correction|"
    r"CLARIFICATION|Clarification|Disclosure|DISCLOSURE)\b[^:]{0,30}:"
    r"|^[\[(*\s]*(?:UPDATE|Update|UPDATED)\b(?:\s*\**\s*:|\s+\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b"
    r"|,\s*(?:\d|[A-Z][a-z]+day\b|[A-Z][a-z]{2,8}\.? \d)|\s*\*+)"
    r"|^(?:An?|The) (?:earlier|previous|prior) version of this (?:article|story|post|report|piece)\b"
    r"|^This (?:article|story|post|piece|page)(?: was| has been| is being| will be| had been)(?: \w+ly)?"
    r" (?:updated|revised|amended|corrected|edited|changed)\b"
    r"|^This is a (?:developing|breaking)(?: news)? story\b"
    r"|^(?:[A-Z][\w.'’-]*\s+){1,3}(?:will|to) (?:continue to )?update (?:this|the|our) (?:story|article|post|report|page)\b"
    r"|^(?:Check|Stay) back (?:for|later)\b|^Refresh (?:this|the) page\b")
NOTE = "editor's note"
# The writer pointing at what follows ("Below, we analyze the snap counts …", "Below, the six
# revelations the redacted portions were meant to conceal." before the list of them, "Below, you can
# hear Singhal talk …"): the article's own words (the extraction gold keeps them), never a summary
# sentence. "Above, a Sprint store in San Francisco." names a picture: a caption (``POINTER``).
WRITER_POINTER = re.compile(r"^(?:Below|Above),\s+(?!an?\s)(?=[a-z])")  # ("Above, a Sprint store …": a caption)
POINTER_KEPT = "the writer pointing at the page"
KEPT = frozenset({NOTE, POINTER_KEPT})  # kinds cleaning keeps in the text (never summarised)

# -- links to other stories -----------------------------------------------------------------------
# "RELATED Amanda Knox proclaims…", "Related Prodigy: 10 Essential Tracks From the…" (a headline: a
# run of capitalised words; "Related Companies said…" is a firm), "MORE This Is How Much Exercise…"
# ("MORE THAN 1 BILLION …" is a shouted sentence).
_LINK_LABEL = re.compile(r"^(?:RELATED|READ MORE|SEE ALSO|ALSO READ|READ ALSO|MORE)\b\s*(?:FROM\b)?[\s|:]*(?=[\"“‘'0-9A-Z])")
_MIXED_LINK_LABEL = re.compile(r"^(?:Related|Read More|See Also|Also Read)\s+(?=[\"“‘'A-Z])")
_CAPITALISED = re.compile(r"[A-Z0-9][\w'’-]*")
# The Hill's hover card glued after a name: "Donald Trump Donald John TrumpTrump Jr. getting … MORE
# panned …" — the name again in full, headlines run together (a lower-case letter glued to a capital),
# closed by "MORE" before the sentence goes on in lower case.
HOVER_CARD = re.compile(r"\b(?P<first>[A-Z][\w.'’-]+)(?P<rest>(?: [A-Z][\w.'’-]+){0,3}) (?P=first)\b"
                        r"(?=[^\n]{0,400}?[a-z][A-Z])[^\n]{0,400}? MORE (?=[a-z])")
# A pointer to the page's media or to another page: "Watch moment Warren Beatty appears…", "Watch
# The Tonight Show weeknights…", "Jared Diamond has details on Lunch Break.", "(Below, see the
# penguins…)", "Above, a Sprint store in San Francisco.", "At left is her sister …", "From left, actor…"
POINTER = re.compile(
    r"^[\[(]?(?:Watch|WATCH)\s+(?:the|it|this|these|what|how|moment|as|our|his|her|their|live|now|[A-Z])"
    r"|^[\[(]?(?:Click|Tap)\s+(?:here|on|the|to|below|through)\b"
    r"|^(?:[A-Z][\w.'’-]*\s+){1,5}(?:has|have) (?:the |more )?details on [A-Z][\w' ]{0,40}\.?$"
    r"|^[\[(]?(?:Above|Below|Pictured|Top|Bottom|Inset|From (?:left|right|top)|Left to right|L-R|"
    r"Clockwise from (?:top )?(?:left|right))\s*[,:]"
    r"|^[\[(]?Pictured (?:above|below|here|left|right|is|are)\b"
    r"|^[\[(]?(?:At|On the) (?:left|right|center|centre)\b(?:,| is\b| are\b)"
    r"|^[\[(]?(?:Watch|WATCH|Listen|LISTEN)\s*:\s"  # "Watch: Crews reach the town" (a player's title)
    # "Warning: The following video contains graphic footage." (a notice over the page's player)
    r"|^(?:Warning|WARNING)\s*:\s*(?:The|This|These)\s+(?:following\s+)?(?:video|footage|clip|images?|photos?|content)\b")
# -- captions and credits the other signals miss ---------------------------------------------------
# "… on Capitol Hill on May 8. | Getty" (a credit closing the caption), "(Getty)", "(Photo by Matt
# Sayles/Invision/AP) (Associated Press)", "Photo by: William Yap.", "Caption The governor announced …",
# "Hulton Archive - Getty New evidence …", "Getty - Contributor James Maybrick, …", "+ Read Caption Share
# Photo", "(Pictures: Population 7 Billion.)". Not "The caption “Furlough babies????” earned her 16 likes"
# nor "Caption contests are popular" (a word of the story).
_AGENCIES = r"(?:Getty(?: Images)?|AP|AFP|Reuters|EPA|Associated Press|Shutterstock|Xinhua|Bloomberg|Alamy|Rex|REX)"
CREDIT_AFTER_BAR = re.compile(r"\|\s*" + _AGENCIES + r"\s*$")  # searched only in a line holding "|"
CAPTION_WIDGET = re.compile(r"\b(?:Read|Hide|Toggle|Show|View|toggle|hide|show) [Cc]aption\b")  # … holding "aption"
CAPTION_OR_CREDIT = re.compile(  # every branch anchored at the start: ``match``
    r"^\(\s*" + _AGENCIES + r"\s*\)\W*$"
    r"|^\(?(?:Photo|Image|Picture|Video)s?\s+(?:by|courtesy(?: of)?|credit)\b\s*:?"
    r"|^\((?:Pictures|Picture|Images|Image|Photo|Photos|Gallery|Slideshow)\s*:"
    r"|^Caption\s+(?=[\"“A-Z])"
    r"|^(?:[A-Z][\w.&'’]*\s+){0,3}-\s+Getty\b|^Getty(?: Images)?\s+-\s+(?:Contributor|Staff|Stringer)\b"
    # an agency's file-photo label ("AP file photo/gannett illustration: …"; "AP photographer …" and "Reuters
    # photos showed …" are prose),
    # a courtesy credit alone ("Courtesy Maria Feng")
    r"|^(?:AP|AFP|EPA|Reuters|REUTERS)\s+(?:[Ff]ile\s+)?(?:[Pp]hoto|PHOTO)s?\s*(?:/|:|$)"
    r"|^Courtesy(?: of)? [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\.?$"
    # an agency's credit alone, left after its caption ("REUTERS/Arnd Wiegmann/File Photo")
    r"|^(?:REUTERS|AP|AFP|EPA|Getty Images)\s?/\s?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:\s?/\s?(?:File Photo|File|Files|Pool|Handout))*\s*\.?$")

# A paragraph closed by an agency's credit in brackets ("A child looks at the floral tributes … Police
# arrested several people and are widening... (Associated Press)", "… in Inglewood, Calif. (Photo by
# Jordan... (Associated Press)"): a picture's caption with its credit, a gallery's text under the article.
CREDITED_CAPTION = re.compile(r"(?<=[.!?…\"”’)])\s*\((?:Associated Press|AP|AFP|Reuters|EPA|Getty(?: Images)?|AP Photo[^()]{0,60}|"
                              r"Photo by [^()]{0,60})\)\s*$")


# A gallery's caption opening on the picture's date glued to its text: "Sept. 21, 2015 Wisconsin Gov. Scott
# Walker speaks at …", "March 22, 2014 Armed men … take cover …". Prose puts a comma or a verb after a date
# that opens it ("March 22, 2014, was the day …", "March 22, 2014 was …").
DATED_CAPTION = re.compile(r"^(?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+(?:19|20)\d\d"
                           r"\s+(?!(?:The|This|That|It|There|In|On|At|But|And)\b)[A-Z][\w.'’-]*\s")


def caption_line(line: str) -> bool:
    """A whole paragraph that is a picture's caption: it opens on the picture's date glued to its text
    (``DATED_CAPTION``), or ends on the picture's credit in brackets after a full stop, with text before
    it (a credit alone is ``leftover``'s). "… first reported by the
    Associated Press (AP)." names a source inside a sentence."""
    if DATED_CAPTION.match(line):
        return True
    if not line.rstrip().endswith(")"):
        return False
    m = CREDITED_CAPTION.search(line)
    return bool(m) and len(words(line[:m.start()])) >= 3


# -- media players ---------------------------------------------------------------------------------
# A video player's text the extractor kept as sentences: "JUST WATCHED Talks stall Replay More Videos …",
# "MUST WATCH Talks stall 02:04", "Play Video 2:10 Council votes – video", "Video provided by Newsy",
# "You'll need an HTML5 capable browser to see this content. Play Replay with sound", "Play Facebook",
# "Now Playing". Not "Watch sales fell", "He played the video to the jury", "Now playing in theaters, …"
# (a sentence in lower case after the two words).
PLAYER = re.compile(
    r"^(?:JUST WATCHED|MUST WATCH|NOW PLAYING|Now Playing)\b(?! (?:in|at|on)\b)"
    r"|^Play(?: Video)? \d{1,2}:\d\d\b|^Play (?:Facebook|Twitter|Email|Embed|Replay|Video)\s*$"
    r"|^Video (?:provided|courtesy|produced) (?:by|of)\b")
PLAYER_ANYWHERE = re.compile(r"\bReplay More Videos\b|\bReplay with sound\b|\bHTML5[- ]capable browser\b")
# A player's caption block standing as a paragraph: USA Today's "CLOSE The storm broke records … (Jan. 2) AP"
# (the close button's label, the clip's blurb, its date and source), and a clip's title with its length
# before the blurb ("Wedding costs soar (3:40) As Americans feel better …"). "CLOSE TO 100 PEOPLE …" is a
# shouted sentence.
PLAYER_LINE = re.compile(r"^CLOSE (?=[A-Z][a-z'’-])|^[A-Z][^()\n]{5,120}? \(\d{1,2}:\d\d\) (?=[A-Z])")


def player_line(line: str) -> bool:
    """A whole paragraph that is a video player's caption block (``PLAYER_LINE``)."""
    return PLAYER_LINE.match(line) is not None


# -- a "Story highlights" block -------------------------------------------------------------------
# CNN's bullet summary above the article: "Story highlights X said …" then more points without a full
# stop. The label's line goes with the points after it (``clean._highlights``); "Highlights of the
# speech included …" is a sentence.
HIGHLIGHTS = re.compile(r"^(?:Story [Hh]ighlights|STORY HIGHLIGHTS)\b|^(?:Highlights|HIGHLIGHTS|Key [Pp]oints|KEY POINTS)\s*:?\s*$")

# -- the reporter's contact ------------------------------------------------------------------------
# "Jane Doe can be reached at jdoe@example.com.", "— Jane Doe: 920-555-0176, or jdoe@example.com; on
# Twitter @jdoe": the outlet's contact line. "The mayor could not be reached for comment." and a
# number the police give for tips have no address of the writer's.
CONTACT = re.compile(
    r"\b(?:can|may) be (?:reached|contacted|emailed|followed) (?:at|via|on|by)\b[^.]{0,60}?(?:@|https?://|www\.)"
    r"|^[—–-]\s*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2}:\s*\(?\d{3}\)?[-. ]\d{3}-\d{4}"
    # "Call IndyStar reporter Holly Hays at (317) 444-6156.", "Email: jdoe@example.com; Twitter: @jdoe."
    r"|^(?:Call|Contact|Email|E-mail|Reach) (?:[A-Z][\w.'’-]* ){0,2}(?:reporter|writer|columnist|editor)\b"
    r"|^(?:E-?mail|Twitter|Phone|Contact)\s*:\s*\S+@")
_CONTACT_TRIGGERS = ("be reached", "be contacted", "be emailed", "be followed", "reporter", "writer", "columnist",
                     "editor", "@")  # (each branch's words)


# -- newsletter and platform prompts --------------------------------------------------------------
PROMPT = re.compile(
    r"\bas an interest to (?:stay|keep)\b|\bstay up to date (?:on|with) (?:the latest|all)\b"
    r"|\b(?:get|receive) (?:breaking news|the latest) (?:alerts|emails|updates|news)\b|\bbreaking news emails\b"
    r"|\bdelivered (?:to your inbox|(?:every |each )?(?:weekday )?(?:mornings?|evenings?|day|week))\b"
    r"|\bselect a newsletter\b|^[\[(]\s*(?:Sign up|Subscribe)\b|\bthe free encyclopedia\b"
    r"|\bwhen the video has been (?:rented|purchased)\b"
    r"|\bthe page you (?:requested|are looking for|were looking for|were trying to reach)\b|\bfrom a bookmark\b"
    r"|\bcontact (?:our|the) webmaster\b|\b(?:top|bottom) of (?:this|the) page\b|\b(?:below|above) this (?:note|post|page|article|story)\b"
    r"|\b(?:tell us|let us know|leave a comment|please [^.!?]{0,40}?)\s+in the comments\b"
    # a newsletter box's "You can unsubscribe at any time", a call for readers' material ("Send us your
    # images or video.", "Email us at haveyoursay@…"): the imperative opening the sentence
    r"|\bunsubscribe at any time\b|^(?:email us|e-mail us|send us|share us|text us|whatsapp us)\b", re.I)
# Every PROMPT branch holds one of these (lower case): most sentences skip the regex on a substring test.
_PROMPT_TRIGGERS = ("interest", "up to date", "breaking news", "the latest", "delivered", "newsletter", "sign up",
                    "subscribe", "encyclopedia", "video has been", "page", "bookmark", "webmaster", "below this",
                    "above this", "comments", "email us", "e-mail us", "send us", "share us", "text us",
                    "whatsapp us")

# -- social posts the page embeds -----------------------------------------------------------------
# Two hashtags, an emoji, an Instagram attribution: a post's text, which cleaning keeps (the article
# quotes it) but no summary uses as its own sentence (``signals.POST``).
HASHTAGS = re.compile(r"(?:^|\s)#[A-Za-z]\w+.*(?:^|\s)#[A-Za-z]\w+")
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\U0001F000-\U0001F2FF]")
POST_SHARED = re.compile(r"\bA (?:photo|video|post) shared by\b")


def _bracketed_link(text: str) -> bool:
    """A sentence that is one bracketed headline: "[Spirit clinches home-field advantage …]", "[Sign up
    for …]" — the bracket opening the sentence closes at its end, or never ("[Rapinoe responds…: ‘It’s
    [expletive] unbelievable."). "[Mitt] Romney said…" and "[T]he decision…" close early: the writer's."""
    if not text.startswith("[") or text.startswith("[...") or text.startswith("[…"):
        return False
    depth = 0
    for i, c in enumerate(text):
        depth += (c == "[") - (c == "]")
        if depth == 0:
            return not text[i + 1:].strip(" .!?\"'”’)") and _headline(text[1:i])
    return _headline(text[1:])


def _headline(inside: str) -> bool:
    """Bracketed words that read as a headline: three words or more, no "=" ("[사진=JTBC]" is a photo
    credit), not ending on a number ("[Al Maa-idah 2]", "[hal. 41]" cite a book)."""
    ws = words(inside)
    return len(ws) >= 3 and "=" not in inside and not ws[-1].isdigit()


def _link_label(text: str) -> bool:
    """"RELATED Judge in Amanda Knox retrial…", "MORE 5 Photos That Show…", "Related Prodigy: 10
    Essential Tracks From the Mobb Deep MC…"; not "MORE THAN 1 BILLION JOURNEYS…" (shouted), not
    "Related Companies said on Monday…" (a name, then a sentence in lower case)."""
    m = _LINK_LABEL.match(text)
    if m:
        rest = words(text[m.end():])[:3]
        return len(rest) >= 2 and not all(w.isupper() or w.isdigit() for w in rest)
    m = _MIXED_LINK_LABEL.match(text)
    if m:
        head = words(text[m.end():])[:6]
        caps = sum(bool(_CAPITALISED.fullmatch(w)) for w in head)
        return len(head) >= 4 and caps >= 4
    return False


def strip_hover_card(line: str) -> tuple[str, list[str]]:
    """(the line without a hover card glued after a name, the cards taken out): "Donald Trump Donald
    John TrumpTrump Jr. getting … MORE panned …" → "Donald Trump panned …"."""
    if " MORE " not in line:
        return line, []
    cards: list[str] = []
    while (m := HOVER_CARD.search(line)) is not None:
        keep = m.group("first") + m.group("rest") + " "
        cards.append(m.group(0)[len(keep):].strip())
        line = line[:m.start()] + keep + line[m.end():]
    return line, cards


def leftover(sentence: str) -> str | None:
    """The kind of page leftover one sentence is, or None for a sentence of the story."""
    text = sentence.strip()
    if not text:
        return None
    # (anchored patterns are tried with ``match``, the others behind a substring test: cleaning asks
    # this of every sentence of every article)
    if UPDATE_STAMP.match(text):
        return "update stamp"
    if EDITORS_NOTE.match(text):
        return NOTE
    if _bracketed_link(text) or _link_label(text):
        return "link to another story"
    if (CAPTION_OR_CREDIT.match(text) or ("|" in text and CREDIT_AFTER_BAR.search(text))
            or ("aption" in text and CAPTION_WIDGET.search(text))):
        return "photo caption or credit"
    if PLAYER.match(text) or (("Replay" in text or "HTML5" in text) and PLAYER_ANYWHERE.search(text)):
        return "video player text"
    if "Enlarge this image" in text or text.startswith("Enlarge Image "):  # a gallery's button before the caption
        return "photo caption or credit"
    if (text[0] in "—–-" or any(t in text for t in _CONTACT_TRIGGERS)) and CONTACT.search(text):
        return "the reporter's contact"
    if WRITER_POINTER.match(text):
        return POINTER_KEPT
    if POINTER.match(text):
        return "pointer to the page's media"
    lower = text.lower()
    if any(t in lower for t in _PROMPT_TRIGGERS) and PROMPT.search(text):
        return "site prompt"
    return None


def social_post(sentence: str) -> bool:
    """Text of a social post the page embeds: two hashtags, an emoji, "A post shared by …"."""
    return bool(("#" in sentence and HASHTAGS.search(sentence)) or (not sentence.isascii() and EMOJI.search(sentence))
                or ("shared by" in sentence and POST_SHARED.search(sentence)))


# -- labels glued in front of a paragraph ---------------------------------------------------------
# "Analysis There had been intense speculation…" (a section label), "AP American Airlines on
# Thursday said…" (an agency's photo credit), "Updated | When the first humans…": the label goes, the
# paragraph stays. The next word must open a sentence: "Analysis Group found…" is a firm, "AP Top 25
# voters…" a poll, "Reuters reported…" a source.
_OPENERS = (r"(?:The|There|This|These|That|Those|It|Its|A|An|In|On|At|As|But|And|When|While|After|Before|"
            r"Despite|Although|If|For|With|What|Why|How|Mr|Ms|Mrs|Dr|Some|Many|Most|One|Two|Three)\b")
_LABEL = re.compile(r"^(?:Analysis|Explainer|Background|Context)\s+(?=" + _OPENERS + ")"
                    r"|^(?:Updated|UPDATED|Posted|POSTED)\s*\|\s*(?=[\"“A-Z])"
                    r"|^Buy Photo\s+(?=[\"“A-Z])")  # ("Buy Photo Genesee County health official …": a photo's button)
_AGENCY = re.compile(r"^(?:AP|AFP|EPA|Reuters|Getty Images|Getty|Shutterstock)\s+"
                     r"(?!(?:Top|Poll|Exclusive|Stylebook|News|Photo|Photos|Images|Television|Video|Radio|Breakingviews|"
                     r"Interactive|Explains|Fact|FACT|Analysis|Investigation|Sources|Source)\b)(?=[A-Z][a-z])")


def label_prefix(line: str, min_rest_words: int) -> tuple[str, str] | None:
    """(label, rest) when ``line`` opens with a page's label glued to a paragraph of at least
    ``min_rest_words`` words, else None."""
    m = _LABEL.match(line) or _AGENCY.match(line)
    if not m:
        return None
    rest = line[m.end():].strip()
    if len(words(rest)) < min_rest_words or not re.search(r"[.!?…][\"'”’)]*$", rest):
        return None
    return line[:m.end()].strip(" |"), rest
