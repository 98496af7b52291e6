"""Cleaning: remove scraping junk lines from extracted text and keep every real sentence.

``clean(article, recurring)`` returns a copy of the article whose ``text`` holds the kept lines
and whose ``removed`` lists each dropped line with its reason; ``raw_text`` is never changed, and
cleaning always starts from it, so cleaning twice gives the same result. Signals, in order:

- recurrence: the line's key is in ``recurring`` (lines the library saw in
  ``options.recurring_min_articles`` or more unrelated articles: site chrome);
- shape (``signals.shape``): counters, read times, photo credits and captions, date lines,
  headings and fragments without sentence punctuation, share/navigation widgets;
- vocabulary (``signals.vocabulary``): cookie/subscribe/disclaimer phrases, calls to action;
- a "Story highlights" block (``leftovers.HIGHLIGHTS``): the label's line and its unpunctuated points;
- (clean12) a headline printed twice before its blurb (``leftovers.doubled_headline``; two such paragraphs are a
  site's teasers and go whole); credits and captions run into a paragraph (``leftovers.caption_prefix``);
- repetition: a line already seen in this article (captions printed twice);
- sentences of the page inside a paragraph (``signals.page_sentence``: captions, credits, players,
  stamps, bylines): dropped from their line, which stays when anything else is left;
- reader-addressed boilerplate that is off the article's topic;
- the off-topic tail block (``tail.find_tail``).

(clean26) A headline that is page text — a line the cleaner removed as a caption, a credit or web platform text, or
any removed line of an article with nothing kept (``page_title``) — is no headline: the copy's ``title`` is empty.

``line_keys(text)`` gives the keys the library counts across articles to build ``recurring``.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from difflib import SequenceMatcher
from dataclasses import replace
from functools import lru_cache

from accord.clean import leftovers, signals
from accord.clean.tail import find_tail, site_voice, topical
from accord.clean.text import content_words, key, normal_key, normalise, words
from accord.model import SPEAKER_TAG, TITLE_LABEL, Article, Removed
from accord.options import DEFAULT, Options
from accord.words import QUOTE_GLUE, US_TIME_ZONES

__all__ = ["clean", "line_keys", "judge", "page_sentence", "page_title", "POST"]

page_sentence = signals.page_sentence
POST = signals.POST  # the reason page_sentence gives an embedded post: kept in the text, never summarised


def line_keys(text: str) -> set[str]:
    """Normalised keys of the text's non-blank lines, for counting recurrence across articles."""
    return {k for k in (key(line) for line in text.splitlines()) if k}


def judge(text: str, recurring: Collection[str] = (), title: str = "",
          options: Options = DEFAULT) -> list[tuple[str, str | None]]:
    """Every non-blank normalised line of ``text`` with the reason to drop it (None = keep).

    Blank lines come back as ``("", None)`` so paragraph breaks survive.
    """
    raw = text.splitlines()
    lines: list[str | None] = [normalise(x) or None for x in raw]
    reasons: list[str | None] = [None] * len(lines)
    strong = [False] * len(lines)
    parts: dict[int, list[tuple[str, str]]] = {}
    seen: set[str] = set()
    title_norm = normalise(title).lower()
    recurring = recurring if isinstance(recurring, (set, frozenset, dict)) else set(recurring)
    first = next((i for i, x in enumerate(lines) if x), None)
    head: int | None = None  # the headline line plain-text files start with
    teasers: list[int] = []  # lines opening with a headline printed twice (``leftovers.doubled_headline``)
    boxes: dict[int, str] = {}  # (clean38) correction boxes cut out of their lines (``leftovers.correction_box``)
    for i, (tags, spoken) in leftovers.transcript_tags(lines).items():  # (clean38) "MICHEL MARTIN, HOST: This is …":
        lines[i] = spoken or None                                           # a transcript's speaker tags go
        parts[i] = [(tag, SPEAKER_TAG) for tag in tags]
    for i, line in enumerate(lines):
        if not line:
            continue
        k = normal_key(line) if line.isascii() else key(line)  # (an ASCII line is normalised already)
        if i == first and title_norm and (line.lower() == title_norm  # (clean36: or its flagged form, cleaned again)
                                          or normalise(leftovers.unflagged_title(line, options.clean_flag_rest_min_words)
                                                       ).lower() == title_norm):
            seen.add(k)
            if signals.vocabulary(line, options) == "boilerplate" and not _split_boilerplate(line, options)[0]:
                reasons[i] = "boilerplate"  # (clean70) a page with no <title> whose first paragraph, taken as its
                continue                    # headline, is a cookie notice: site talk, headline or not
            head = i
            continue  # the headline line that plain-text files start with
        dashes = leftovers.dash_runs(line)
        if dashes != line:  # (mend27) "---- QB RIP King P. Prodigy": a crawl's dashes for an emoji go
            line = lines[i] = dashes or None
            if not line:
                continue
        box = leftovers.correction_box(line, options.clean_box_min_words)
        if box:  # (clean38) "… planned to FOR THE RECORD An earlier version … close the road": the box on its own line
            boxes[i] = box[1]
            line = lines[i] = box[0] or None
            if not line:
                continue
            k = key(line)
        line, markup = signals.strip_markup(line)
        if markup:  # "<a href=…>", "[caption id=…]": the page's markup, not the article's words
            lines[i] = line or None
            parts[i] = [(m, "markup") for m in markup]
            if not line:
                continue
        promo = signals.promo_prefix(line, options.clean_credit_rest_words) if ":" in line else None
        if promo:  # (clean72) "PHOTOS: Kim Kardashian The reality star said …": the promo goes, the sentence stays
            parts[i] = parts.get(i, []) + [(promo[0], "related link")]
            line = lines[i] = promo[1]
            k = key(line)
        credit = signals.credit_prefix(line, options)
        if credit and leftovers.picture_caption(credit[1]):  # (clean12) "AFP/Getty Images NBA Finals MVP … holds the
            lines[i] = line                                 # trophy after …": the picture's caption under its credit
            reasons[i] = "photo caption"
            continue
        if credit:  # "Mike Coppola/Getty The Olsen twins said …": the credit goes, the text stays
            parts[i] = parts.get(i, []) + [(credit[0], "photo credit")]
            line = lines[i] = credit[1]
            k = key(line)
        line, cards = leftovers.strip_hover_card(line)
        if cards:  # "Donald Trump Donald John TrumpTrump Jr. getting … MORE panned": the card goes
            parts[i] = parts.get(i, []) + [(c, "link to another story") for c in cards]
            lines[i] = line
            k = key(line)
        label = leftovers.label_prefix(line, options.clean_credit_rest_words)
        if label:  # "Analysis There had been …", "AP American Airlines said …": the label goes
            parts[i] = parts.get(i, []) + [(label[0], "label of the page")]
            line = lines[i] = label[1]
            k = key(line)
        dateline = leftovers.doubled_dateline(line)
        if dateline:  # (clean38) "PHILADELPHIA | PHILADELPHIA (Reuters) - …": the page's copy of the dateline goes
            parts[i] = parts.get(i, []) + [(dateline[0], "date line")]
            line = lines[i] = dateline[1]
            k = key(line)
        line, runs = leftovers.strip_share_run(line)
        if runs:  # (clean38) "… voted 5-2. share tweet pin email The mayor …": a share bar's words run into the text
            parts[i] = parts.get(i, []) + [(r, "share or navigation widget") for r in runs]
            lines[i] = line or None
            if not line:
                reasons[i] = "share or navigation widget"
                continue
            k = key(line)
        bar = leftovers.player_bar(line) if options.clean_player_bars else None
        if bar:  # (clean74) "… night. 1 of 26 Full Screen Autoplay Close Skip Ad × A look back at …": the bar goes
            if not bar[0]:
                reasons[i] = "video player text"
                continue
            parts[i] = parts.get(i, []) + [(bar[1], "video player text")]
            line = lines[i] = bar[0]
            k = key(line)
        stamp = leftovers.wire_stamp(line, options.clean_credit_rest_words) if options.clean_wire_stamps else None
        if stamp:  # (clean74) "(HealthDay News) -- Babies …": the wire's stamp goes, the lede stays
            parts[i] = parts.get(i, []) + [(stamp[0], "date line")]
            line = lines[i] = stamp[1]
            k = key(line)
        doubled = leftovers.doubled_headline(line, options.clean_credit_rest_words)
        if doubled:  # (clean12) "Pedestrian Struck, … Township Pedestrian Struck, … Township SkyFOX flew …"
            teasers.append(i)
            parts[i] = parts.get(i, []) + [(doubled[0], HEADLINE)]
            line = lines[i] = doubled[1]
            k = key(line)
        caption = leftovers.caption_prefix(line, options.clean_credit_rest_words)
        if caption:  # (clean12) "William Wei, Business Insider Facebook is buying …", "… protesters [Reuters] Libyan …"
            parts[i] = parts.get(i, []) + [(caption[0], "photo caption or credit")]
            line = lines[i] = caption[1]
            k = key(line)
        share = signals.share_prefix(line, options)
        if share and not signals.is_sentence(share[1]) and {w.lower() for w in share[0].split()} <= signals.NETWORKS:
            reasons[i] = "photo caption"  # (clean12) "Facebook Twitter Pinterest UBC researchers test effects of THC
            continue                      # on rats": the share buttons over a picture, and its caption
        if share:  # "Email This Even at 88, …": the widget's label goes, the text stays
            parts[i] = parts.get(i, []) + [(share[0], "share or navigation widget")]
            line = lines[i] = share[1]
            k = key(line)
        tail = signals.share_suffix(line, options)
        if tail:  # (clean73) "… the mayor said. Email This": the widget's label goes, the sentence stays
            parts[i] = parts.get(i, []) + [(tail[1], "share or navigation widget")]
            line = lines[i] = tail[0]
            k = key(line)
        vocab_reason = signals.vocabulary(line, options)
        strong[i] = vocab_reason is not None
        if k and k in recurring:
            reasons[i] = "recurs in unrelated articles"
        elif k and k in seen:
            reasons[i] = "repeated line"
        else:
            reasons[i] = signals.shape(line, options)
            if (not reasons[i] or reasons[i] in signals.SOFT) and leftovers.caption_line(line):
                # "… are widening... (Associated Press)": its credit closes it; (mend28) also a line read as a
                # heading for its last word ("… on Main Street. Photo: Getty" ends on no full stop)
                reasons[i] = "photo caption"
            if (not reasons[i] or reasons[i] in signals.SOFT) and options.clean_lone_labels and leftovers.lone_label(line):
                reasons[i] = "label of the page"  # (clean74) "Why it matters:", "To wit:" alone: a heading of the page
            if not reasons[i] and leftovers.link_list(line):
                reasons[i] = "link to another story"  # "MOST READ IN LIVING … We rate …": the site's teasers
            if not reasons[i] and leftovers.player_line(line, title_norm):
                reasons[i] = "video player text"  # "CLOSE The storm broke records … (Jan. 2) AP": the clip's blurb
            if reasons[i] == "related link" and vocab_reason == "call to action":
                strong[i] = False  # "Read more about: Obama, Drones": a link list, no site talk to end the article at
            if reasons[i] in signals.SOFT and vocab_reason:
                reasons[i] = vocab_reason  # "Story Continued Below" is a widget, not a title
            if not reasons[i] and vocab_reason:
                kept, dropped = _split_boilerplate(line, options)
                if kept:  # a real paragraph with a site sentence glued on: drop only that sentence
                    lines[i], parts[i], strong[i] = kept, parts.get(i, []) + dropped, False
                else:
                    reasons[i] = vocab_reason
        if k:
            seen.add(k)
    if len(teasers) >= 2:
        _teasers(lines, reasons, teasers, [normalise(x) for x in raw], options)
    _promo_titles(lines, reasons, options)
    _highlights(lines, reasons, options)
    _truncated(lines, reasons, parts, options)
    _page_sentences(lines, reasons, parts, options)
    _more_information(lines, reasons, options)
    _repeated_sentences(lines, reasons, parts, options)
    _gallery(lines, reasons, options)
    _platform_notices(lines, reasons, strong, options)
    _crawl_description(lines, reasons, strong, options)
    # reader-addressed site talk in the body, judged against the rest of the article (its words
    # counted only when a line needs them: most articles have no such line)
    topic = _Topic(title, [line for i, line in enumerate(lines) if line and not reasons[i]])
    for i, line in enumerate(lines):
        if line and reasons[i] == "call to action" and signals.page_sentence(line) in (None, *signals.KEPT):
            # "Sign up for the bundle" in an article about the bundle is the story, not the site; "Watch
            # the clip above" is the page's, topical or not
            cw = content_words(line)
            counts = topic.counts()
            others = {w for w, c in counts.items() if c > 0}
            if len(cw & others) >= options.clean_cta_topical_words and len(cw & others) * 2 >= len(cw):
                reasons[i], strong[i] = None, False
    for i, line in enumerate(lines):
        if (line and not reasons[i] and len(words(line)) <= options.clean_site_text_max_words
                and signals.reader_boilerplate(line) and site_voice(line)
                and not signals.ATTRIBUTED.search(line)):  # ("… at our website, the sheriff's office said": mend67)
            cw = content_words(line)
            counts = topic.counts()
            others = {w for w, c in counts.items() if c > (1 if w in cw else 0)}
            if not topical(cw, others, options):
                reasons[i] = "site text addressed to the reader"
                strong[i] = True
    start = find_tail(lines, reasons, strong, title, options=options)
    end = len(lines)
    if start is not None:
        end = start
        for i in range(start, len(lines)):
            if lines[i] and (not reasons[i] or reasons[i] in signals.SOFT):
                reasons[i] = "off-topic tail"
    if head is not None and not reasons[head]:
        _page_headline(head, lines, reasons)
    # soft (title-like) lines stay when what follows them stays; the article's end counts as removed text (a
    # title-like line closing an article is the page's), unless the title-like lines are all the article has
    following: str | None = None if _lone_headings(lines[:end], reasons, head, options) else "end"
    for i in range(end - 1, -1, -1):
        if not lines[i]:
            continue
        if reasons[i] in signals.SOFT:
            if following not in SITE_REASONS:
                reasons[i] = None
            else:
                reasons[i] = f"{reasons[i]} before removed text"
        following = reasons[i]
    for i, line in enumerate(lines):
        glued = leftovers.glued_headline(line, options.clean_credit_rest_words) if line and not reasons[i] else None
        if glued:  # (mend27) "Missing swimmer found alive, rescued off Ipswich coast A man who went missing …": judged
            parts[i] = parts.get(i, []) + [(glued[0], HEADLINE)]  # last, on a line kept (a player's or a box's
            lines[i] = glued[1]                                   # text with its label glued on goes whole)
    for i, line in enumerate(lines):
        if line and not reasons[i]:
            spaced = leftovers.space_glued_dateline(leftovers.space_glued_stops(leftovers.space_glued_quotes(line)))  # (clean37) 'she said."The', (clean38)
            # "from his home.The service", (clean71) "Washington (CNN)The …": the lost space put back
            if spaced != line:
                line = lines[i] = spaced
            plain, marks = leftovers.strip_footnotes(line)
            plain, codes = leftovers.strip_printed_codes(plain)
            marks += codes  # (clean36) "Microsoft Corp (MSFT.O) said", "KTUU-TV (http://bit.ly/…)": the code goes
            if options.clean_section_labels:  # (coherence42) "… Capitol. Why it matters: Tech companies …": the label goes
                plain, labels = leftovers.strip_section_labels(plain, options.clean_credit_rest_words)
                marks += labels
            if marks:  # (mend28) "said.[3]", "officials.12 The": the mark goes
                parts[i] = parts.get(i, []) + marks
                lines[i] = plain or None
                if not plain:
                    reasons[i] = marks[0][1]
    runin: dict[int, tuple[str, str]] = {}
    lede = next((i for i, line in enumerate(lines) if line and not reasons[i] and i != head), None)
    found = leftovers.runin_headline(lines[lede] or "", options.clean_credit_rest_words) if lede is not None else None
    if lede is not None and found:  # (clean37) "Council Votes To Close Bridge After Inspection In a late vote, …":
        runin[lede] = found         # the page's title goes on its own line, above the lede (read as its headline)
    out: list[tuple[str, str | None]] = []
    for i, line in enumerate(lines):
        if i in runin:
            out.extend([(runin[i][0], None), ("", None), (runin[i][1], None)])
            out.extend(parts.get(i, []))
            continue
        out.append((line or "", reasons[i] if line else None))
        if reasons[i] and i in parts:  # the whole line went after all: report its original text
            out[-1] = (normalise(raw[i]), reasons[i])
        else:
            out.extend(parts.get(i, []))
        if i in boxes:  # (clean38) the correction box, a paragraph of its own: an editor's note (never summarised)
            out.extend([("", None), (boxes[i], None), ("", None)])
    return out



def _promo_titles(lines: list[str | None], reasons: list[str | None], options: Options = DEFAULT) -> None:
    """(clean72) A promo's label alone on its line ("PHOTOS:", "Watch:", "VIDEO:") and the title under it ("Kim
    Kardashian's best red carpet looks"): a link to the site's gallery or clip, both go. Only a title (no sentence
    end, a heading's length): a sentence after the label stays, whatever the label was, and so does a lede that lost
    its full stop ("The river crested at 6.2 metres on Monday", ``signals.lede_shaped``; mend107)."""
    idx = [i for i, line in enumerate(lines) if line]
    for i, j in zip(idx, idx[1:]):
        bare = signals.PROMO_LABEL.fullmatch(lines[i].strip())  # type: ignore[union-attr]
        title = lines[j] or ""
        if (bare and (not reasons[j] or reasons[j] in signals.SOFT) and not signals.is_sentence(title)
                and len(words(title)) <= options.clean_heading_words and not signals.lede_shaped(title)):
            reasons[i] = reasons[j] = "related link"


def _lone_headings(lines: list[str | None], reasons: list[str | None], head: int | None,
                   options: Options = DEFAULT) -> bool:
    """Whether the article is only headings (``options.clean_lone_heading_lines`` at most, besides its
    headline line and the leftovers of ``_LONE_LEFTOVERS``: a date line, a credit): a one-line wire alert
    ("BREAKING: Harlow Creek mayor resigns amid water crisis", user70) or a headline and its standfirst is the
    news itself, not a heading over removed text. A line kept or removed as site text makes it a page again."""
    soft = 0
    for i, line in enumerate(lines):
        if not line or i == head:
            continue
        if reasons[i] == "heading":  # (a question or a label alone is no news: "Forgot your password?")
            soft += 1
        elif reasons[i] not in _LONE_LEFTOVERS:
            return False
    return 0 < soft <= options.clean_lone_heading_lines


# removals a wire alert or a standfirst may come with (mend105: an allowlist): anything else the cleaner removed
# -- a navigation or share bar ("Home | News | Sport", "Share | Tweet | Email"), a related link, a prompt -- is the
# site's, so the title-like lines are a page's ("This story has been removed"), not the news
_LONE_LEFTOVERS = frozenset({"date line", "credit line", "photo credit", "update stamp", "read time", "repeated line"})


def _page_headline(head: int, lines: list[str | None], reasons: list[str | None]) -> None:
    """Mark the headline line a plain-text file opens with when every other line of the article goes and one
    of them is site text (clean26): "Tweet with a location" over a social embed's help text is that text's
    label, and the page holds no article. Above anything kept, or alone (a one-line article), it stays."""
    rest = [i for i, line in enumerate(lines) if line and i != head]
    if (rest and all(reasons[i] for i in rest)
            and any(reasons[i] in SITE_REASONS or (reasons[i] or "").endswith(" before removed text") for i in rest)):
        reasons[head] = "heading before removed text"


class _Topic:
    """An article's content words counted over its title and kept lines, counted on first use."""

    def __init__(self, title: str, lines: list[str]) -> None:
        self._title, self._lines = title, lines
        self._counts: Counter[str] | None = None

    def counts(self) -> Counter[str]:
        if self._counts is None:
            self._counts = Counter(content_words(self._title))
            for line in self._lines:
                self._counts.update(content_words(line))
        return self._counts


# removals that mean "the site talking": a title-like line introducing them goes with them
SITE_REASONS = frozenset({
    "boilerplate", "web platform text", "crawl notice", "truncated text", "call to action", "site text addressed to the reader", "interface message",
    "recurs in unrelated articles", "off-topic tail", "gallery caption", "end",
    "video player text",  # (clean72) "Video unavailable": a heading over the player's message goes with it
})
SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"“‘(\[A-Z])")


def _highlights(lines: list[str | None], reasons: list[str | None], options: Options = DEFAULT) -> None:
    """Mark a "Story highlights" block (``leftovers.HIGHLIGHTS``): the label's line and the points after it
    that end without a full stop (``options.clean_highlights_max_lines`` at most). The outlet's own bullet
    summary above the article: its points run into a summary as one unpunctuated sentence. A point
    goes only when the rest of the article tells it again (``_told_again``): a cut-off page may hold a
    fact only in its highlights, and losing it loses news."""
    idx = [i for i, line in enumerate(lines) if line]
    for pos, i in enumerate(idx):
        if _judged(reasons[i]) or not (m := leftovers.HIGHLIGHTS.match(lines[i])):  # type: ignore[arg-type]
            continue
        block = idx[pos + 1:pos + 1 + options.clean_highlights_max_lines]
        end = next((k for k, j in enumerate(block)
                    if _judged(reasons[j]) or signals.is_sentence(lines[j])), len(block))  # type: ignore[arg-type]
        points = [(i, lines[i][m.end():])] + [(j, lines[j]) for j in block[:end]]  # type: ignore[index]
        inside = {k for k, _ in points}
        rest = frozenset().union(*(content_words(line) for k, line in enumerate(lines) if line and k not in inside))
        for k, point in points:
            if _told_again(point, rest, options.clean_highlights_told_share):
                reasons[k] = "story highlights"


HEADLINE = "headline run into the text"


def _teasers(lines: list[str | None], reasons: list[str | None], teasers: list[int], raw: list[str],
             options: Options = DEFAULT) -> None:
    """Mark a site's list of teasers (clean12): two paragraphs or more each opening with its headline
    printed twice (``leftovers.doubled_headline``) are cards of other stories, blurbs and all (one such
    paragraph is the story's own title above its lede, which stays). When the teasers hold at least
    ``options.clean_crawl_article_share`` of the page's words, the page is the site's listing (a
    station's front page filed as the article) and its other lines go too: once the teasers went, a
    summary opened with the listing's forecast blurb."""
    for i in teasers:
        reasons[i] = "link to another story"
    live = [i for i, line in enumerate(lines) if line and (not reasons[i] or reasons[i] in signals.SOFT)]
    held = sum(len(words(raw[i])) for i in teasers)
    if held >= options.clean_crawl_article_share * (held + sum(len(words(lines[i] or "")) for i in live)):
        for i in live:
            reasons[i] = "site listing page"


def _told_again(point: str, rest: frozenset[str], share: float) -> bool:
    """Whether the article's other lines hold at least ``share`` of a highlight's content words (an
    empty point, the bare label, always goes)."""
    own = content_words(point)
    return not own or len(own & rest) >= share * len(own)


def _judged(reason: str | None) -> bool:
    """Whether a line already goes for a reason of its own (a title-like line's soft reason is none)."""
    return bool(reason) and reason not in signals.SOFT


def _split_truncated(line: str, options: Options = DEFAULT) -> tuple[str, list[tuple[str, str]]]:
    """A paragraph whose last sentence the page cut short ("… crews arrived, flam..."): its complete
    sentences, and the cut one as removed. ("", []) when nothing complete is left."""
    pieces = [p for p in SENTENCE_SPLIT.split(line) if p.strip()]
    if len(pieces) < 2:
        return "", []
    kept = " ".join(p.strip() for p in pieces[:-1])
    if len(words(kept)) < options.clean_min_kept_words or not signals.is_sentence(kept):
        return "", []
    return kept, [(pieces[-1].strip(), "truncated text")]


def _truncated(lines: list[str | None], reasons: list[str | None], parts: dict[int, list[tuple[str, str]]],
               options: Options = DEFAULT) -> None:
    """Mark text the page cut short: a line ending in an ellipsis that is the article's last line or
    one of ``options.clean_teaser_run`` such lines in a row (a list of teasers). Elsewhere in the body an ellipsis is the
    writer's ("Here's the thing ..." before the next paragraph) and stays."""
    idx = [i for i, line in enumerate(lines) if line and not reasons[i]]
    cut = {i for i in idx if signals.TRUNCATED.search(lines[i])}  # type: ignore[arg-type]
    if not cut:
        return
    runs: dict[int, int] = {}  # line → length of the run of consecutive cut lines it is in
    run: list[int] = []
    for i in idx + [-1]:
        if i in cut:
            run.append(i)
            continue
        runs.update({j: len(run) for j in run})
        run = []
    for pos, i in enumerate(idx):
        if i not in cut or (pos + 1 < len(idx) and runs[i] < options.clean_teaser_run):
            continue
        kept, dropped = _split_truncated(lines[i], options)  # type: ignore[arg-type]
        if kept:
            lines[i], parts[i] = kept, parts.get(i, []) + dropped
        else:
            reasons[i] = "truncated text"


def _platform_notices(lines: list[str | None], reasons: list[str | None], strong: list[bool],
                      options: Options = DEFAULT) -> None:
    """Mark lines of web-platform text (``signals.PLATFORM``: social embeds, crawl notes, players;
    ``options.clean_platform_min_terms`` terms) unless ``options.clean_platform_topic_lines`` of the
    article's other lines use the same terms, or the line attributes what it says to a source: then the
    platform is the story."""
    terms = {i: signals.platform_terms(line) for i, line in enumerate(lines) if line and not reasons[i]}
    notices = [i for i, t in terms.items() if len(t) >= options.clean_platform_min_terms
               and not signals.ATTRIBUTED.search(lines[i])  # type: ignore[arg-type]  # "…, the archive said": news
               and not signals.told_on_platform(lines[i])]  # type: ignore[arg-type]  # "… by tweeting": news
    if not notices:
        return
    others = [t for i, t in terms.items() if len(t) < options.clean_platform_min_terms]
    for i in notices:
        if sum(bool(t & terms[i]) for t in others) < options.clean_platform_topic_lines:
            reasons[i], strong[i] = "web platform text", True


def _crawl_description(lines: list[str | None], reasons: list[str | None], strong: list[bool],
                       options: Options = DEFAULT) -> None:
    """Mark a web archive's description of its crawl (``signals.crawl_notice``) standing in for an
    article. Lines of ``options.clean_crawl_min_terms`` crawl terms go when they hold
    ``options.clean_crawl_article_share`` of the article's words — then the page is the archive's, and
    its lines using a crawl term or the archive's "we" ("We have made many changes …", "Number of
    captures: …") go with them. A news story about an archive attributes what it says and keeps it."""
    live = [i for i, line in enumerate(lines)  # (a notice already taken as platform text still counts)
            if line and (not reasons[i] or reasons[i] in signals.SOFT or reasons[i] == "web platform text")]
    notices = [i for i in live if signals.crawl_notice(lines[i], options.clean_crawl_min_terms)]  # type: ignore[arg-type]
    if not notices:
        return  # (the article's words are counted only when a notice may hold their share)
    total = sum(len(words(lines[i] or "")) for i in live)
    if sum(len(words(lines[i] or "")) for i in notices) < options.clean_crawl_article_share * total:
        return
    for i in live:
        line = lines[i]
        if i in notices or ((signals.crawl_terms(line) or signals.FIRST_PERSON_PLURAL.search(line))  # type: ignore[arg-type]
                            and not signals.ATTRIBUTED.search(line)):  # type: ignore[arg-type]
            reasons[i], strong[i] = "crawl notice", True


_SENTENCE_SPLIT_KEEP = re.compile(r"(?<=[.!?…])([\"'”’)\]]*)\s+(?=[\"“‘(\[A-Z])")  # SENTENCE_SPLIT, closing quotes kept
# "Carmen D." ends no sentence, nor a title before a name ("St. Moritz", "Gov. Lee": a caption cut there
# left its second half, "Moritz, Switzerland March 15, 2016. REUTERS/…", as a sentence of the story)
_TITLES = frozenset("Mr Mrs Ms Dr Gov Sen Rep Gen Lt Col Sgt Capt Rev Prof St Mt Ft".split())


def _ends_on_title(piece: str) -> bool:
    """Whether a sentence piece ends on an initial or a title ("Carmen D.", "St."): its last word, read
    without a regex (asked of every piece of every paragraph)."""
    if not piece.endswith("."):
        return False
    last = piece[piece.rfind(" ") + 1:-1]
    return (len(last) == 1 and last.isupper()) or last in _TITLES


# (clean11) a time's zone after "p.m." goes on its sentence: "… at 8 p.m. ET on NBC." is one sentence
_ZONES = tuple(f"{z}{end}" for z in (*US_TIME_ZONES, "GMT", "UTC")  # (the one list: accord.words)
               for end in (" ", ".", ",", ";", ")"))


@lru_cache(maxsize=4096)
def _sentences(line: str) -> tuple[str, ...]:
    """A paragraph's sentences, enough to judge each on its own (analysis splits them properly later):
    a parenthesis stays with what it encloses, a name with its initial. Kept per line: page
    sentences and repeated sentences split the same kept lines."""
    pieces: list[str] = []
    cut = _SENTENCE_SPLIT_KEEP.split(line)  # [sentence, its closing quotes, sentence, …]
    for piece in (a + b for a, b in zip(cut[::2], cut[1::2] + [""])):
        if pieces and (pieces[-1].count("(") > pieces[-1].count(")") or _ends_on_title(pieces[-1])
                       or (pieces[-1].endswith(("a.m.", "p.m.")) and piece.lstrip().startswith(_ZONES))):
            pieces[-1] += " " + piece
        elif piece.strip():
            pieces.append(piece.strip())
    return tuple(pieces)


# (mend65) a short line that introduces a list with its verb ("The moderators are:", "Finalists include:"); a page's
# label has none ("Authors:", "Posted by:")
_LIST_VERB = re.compile(r"\b(?:are|is|were|was|include|includes|included|including|follow|follows|following)\s*:$",
                        re.I)


def _listed_bylines(lines: list[str | None], reasons: list[str | None], top: int) -> set[int]:
    """(mend62, review62) The lines shaped as bylines ("Lester Holt, NBC News", "Tom Hanks, Contributing Editor") that
    are a list's items: after a sentence ending in ":" ("The commission named the moderators:"; a label such as
    "Authors:" is the page's; a short one with a verb, "The moderators are:", mend65), or two or more in a row past
    the article's first ``top`` lines (``clean_byline_top_lines``). A byline stands at the top, or alone among the
    page's furniture."""
    live = [i for i, line in enumerate(lines) if line and (not reasons[i] or reasons[i] in signals.SOFT)]
    shaped = {i for i in live if signals.page_sentence(lines[i] or "") == "byline"}
    listed: set[int] = set()
    for k, i in enumerate(live):
        if i not in shaped:
            continue
        before = (lines[live[k - 1]] or "").rstrip() if k else ""
        if before.endswith(":") and (len(before.split()) >= 4 or _LIST_VERB.search(before)) \
                or listed and live[k - 1] in listed:
            listed.add(i)
        elif k >= top and ((k > top and live[k - 1] in shaped) or (k + 1 < len(live) and live[k + 1] in shaped)):
            listed.add(i)
    return listed


def _page_sentences(lines: list[str | None], reasons: list[str | None],
                    parts: dict[int, list[tuple[str, str]]], options: Options = DEFAULT) -> None:
    """Drop the sentences of kept lines that are lines of the page (``signals.page_sentence``:
    captions, credits, players, stamps, bylines) — pages glue them into paragraphs, and a summary,
    a fact or a timeline entry must not repeat them. A line of nothing else goes whole."""
    listed = _listed_bylines(lines, reasons, options.clean_byline_top_lines)
    for i, line in enumerate(lines):
        if not line or (reasons[i] and reasons[i] not in signals.SOFT):
            continue  # (a title-like line may be a widget's: "3 of 68 Skip in Skip x Embed")
        # an embedded social-media post stays: the article quotes it (``signals.SOCIAL_POST``)
        # (and so does an editor's note: ``leftovers.EDITORS_NOTE``)
        pieces, labels = _unlabelled(_sentences(line), options.clean_credit_rest_words)
        judged = [(p, r if r not in signals.KEPT and not (r == "byline" and i in listed) else None) for p in pieces
                  for r in [signals.page_sentence(p)]]
        judged = _caption_credits(judged)
        judged = _whole_brackets(judged)
        judged = _widget_rest(judged, options)
        if labels:
            lines[i] = " ".join(pieces)
            parts[i] = parts.get(i, []) + [(label, "label of the page") for label in labels]
        _drop(i, judged, lines, reasons, parts)


def _more_information(lines: list[str | None], reasons: list[str | None], options: Options = DEFAULT) -> None:
    """(clean74) A science wire's "More information" footer (``leftovers.more_information``) among the article's last
    ``clean_more_info_tail_lines`` lines goes, with the lines after it that read as a citation or a referral
    (``leftovers.footer_line``, mend114): a pointer to the paper or to another site. The first line after it of
    another shape ends the footer and stays ("A vigil will be held at 7 p.m. Monday.")."""
    if not options.clean_more_info_tail_lines:
        return
    kept = [i for i, line in enumerate(lines)  # (the label alone is "label of the page" already: its lines go too)
            if line and (not reasons[i] or (reasons[i] == "label of the page" and leftovers.more_information(line)))]
    for i in kept[-options.clean_more_info_tail_lines:]:
        if leftovers.more_information(lines[i] or ""):
            if not reasons[i]:
                reasons[i] = "more-information footer"
            for j in range(i + 1, len(lines)):
                if not lines[j] or reasons[j]:
                    continue
                if not leftovers.footer_line(lines[j] or ""):
                    return
                reasons[j] = "more-information footer"
            return


_CAPTION_REASONS = frozenset({"photo caption", "line of the page"})


def _caption_credits(judged: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """(clean38) The paragraph's sentences with a caption's credit taken off the sentence after the caption ("… in
    her studio. (Associated Press) Her work hangs …"): the credit goes, and what follows it is judged again (the same
    caption pasted twice with its credit goes too). A picture's own credit ("(AP Photo/Jane Doe, File)") makes a
    caption of the sentence before it; a slash credit alone after a caption ("NASA/JPL") goes with it."""
    out: list[tuple[str, str | None]] = []
    for p, r in judged:
        after_caption = bool(out) and out[-1][1] in _CAPTION_REASONS
        found = leftovers.opening_credit(p)
        if found and out and (after_caption or leftovers.photo_credit_opening(p)):
            if not after_caption and not out[-1][1]:
                out[-1] = (out[-1][0], "photo caption")
            out.append((found[0], "photo credit"))
            if found[1]:
                again = signals.page_sentence(found[1]) or (  # (coherence43) "(Photo: …) Story Highlights …" as one line
                    "line of the page" if leftovers.HIGHLIGHTS.match(found[1]) else None)
                out.append((found[1], again if again not in signals.KEPT else None))
            continue
        if after_caption and not r and leftovers.slash_credit(p):
            r = "photo credit"
        out.append((p, r))
    return out


# (clean11) what the shape rules call a widget: "Interested in ? Add Interest" left once the prompt between its
# halves went ("Interested in ? Add as an interest to stay up to date … Add Interest")
_WIDGET_REASONS = frozenset({"interface message", "share or navigation widget", "counter", "read time"})


def _widget_rest(judged: list[tuple[str, str | None]], options: Options = DEFAULT) -> list[tuple[str, str | None]]:
    """The paragraph's sentences, all judged junk when what its page sentences leave is a widget by its shape
    (``signals.shape``); a paragraph with none dropped, or whose rest is text, is as judged."""
    if all(r is None for _, r in judged) or all(r for _, r in judged):
        return judged
    rest = " ".join(p for p, r in judged if not r)
    why = signals.shape(rest, options)
    if why not in _WIDGET_REASONS:
        return judged
    return [(p, r or why) for p, r in judged]


def _whole_brackets(judged: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """A bracketed link that runs over sentences ("[Rapinoe responds: ‘It’s unbelievable." then
    "Saddened by it.’]") goes whole: the sentences after its opening one, to the one closing it, too."""
    out, depth = [], 0
    for p, r in judged:
        if depth > 0:
            r = r or "link to another story"
            depth += p.count("[") - p.count("]")
        elif r == "link to another story" and p.startswith("["):
            depth = p.count("[") - p.count("]")
        out.append((p, r))
    return out


def _unlabelled(pieces: tuple[str, ...], min_rest_words: int) -> tuple[list[str], list[str]]:
    """A paragraph's sentences without a page's label glued in front of one after the first ("… a
    Qatar Airways plane. AP American Airlines on Thursday said …": the credit goes, the sentence
    stays; ``leftovers.label_prefix``), and the labels taken off. The first sentence too: the line's label
    is taken off before when the whole line ends like a sentence, and "Buy Photo Genesee County health
    official … said. (Photo: …)Buy Photo" does not (clean11)."""
    out, labels = list(pieces), []
    for k in range(len(out)):
        found = leftovers.label_prefix(out[k], min_rest_words)
        if found:
            labels.append(found[0])
            out[k] = found[1]
    return out, labels


def _drop(i: int, judged: list[tuple[str, str | None]], lines: list[str | None], reasons: list[str | None],
          parts: dict[int, list[tuple[str, str]]], whole: str | None = None) -> None:
    """Line ``i`` without its sentences judged junk (``(sentence, reason or None)``, in order): the
    rest stays as the line, the dropped ones are recorded; a line of nothing else goes, as ``whole``
    (default: its first sentence's reason)."""
    dropped = [(p, r) for p, r in judged if r]
    if not dropped:
        return
    kept = [p for p, r in judged if not r]
    if kept:
        lines[i] = " ".join(kept)
        parts[i] = parts.get(i, []) + dropped
    else:
        reasons[i] = whole or dropped[0][1]


def _repeated_sentences(lines: list[str | None], reasons: list[str | None],
                        parts: dict[int, list[tuple[str, str]]], options: Options = DEFAULT) -> None:
    """Drop a sentence of ``options.clean_repeat_min_words`` or more words that the article already
    holds (a teaser printed again above the post it teases, a pull quote): the second copy adds
    nothing and would be counted twice by summaries and alignment. A line of nothing else goes."""
    seen: set[str] = set()
    paragraphs: list[list[str]] = []  # (clean73) the kept paragraphs' words, for a near-exact second copy
    for i, line in enumerate(lines):
        if not line or reasons[i]:
            continue
        ws_line = [w.lower() for w in words(line)]
        if len(ws_line) >= options.clean_paragraph_repeat_min_words:
            if any(_near_copy(ws_line, earlier, options.clean_paragraph_repeat_max_edits) for earlier in paragraphs):
                reasons[i] = "repeated line"  # the page printed the paragraph twice (teaser + body, pull quote)
                continue
            paragraphs.append(ws_line)
        judged: list[tuple[str, str | None]] = []
        for p in _sentences(line):
            ws = words(p)
            k = " ".join(ws).lower()  # (not ``key``: its digits fold, and "3 men" is not "4 men")
            repeat = len(ws) >= options.clean_repeat_min_words and k in seen
            judged.append((p, "repeated sentence" if repeat else None))
            seen.add(k)
        _drop(i, judged, lines, reasons, parts, whole="repeated line")


# (clean73) the words a page's second copy of a paragraph may differ in ("voted on Tuesday" / "voted Tuesday"); a
# figure, a name, a verb's tense or a negation is never one of them (the glue of two renderings of one quote, less
# its verbs: "is" / "was" would be a different claim)
_COPY_GLUE = QUOTE_GLUE - {"is", "are", "be"}


def _near_copy(a: list[str], b: list[str], max_edits: int) -> bool:
    """Whether paragraph words ``a`` repeat ``b`` but for at most ``max_edits`` glue words (``_COPY_GLUE``): the page
    printed one block twice. Two paragraphs that differ in a figure ("12 dead" / "14 dead"), a name or a
    negation are two statements (a live blog's update), never a copy."""
    if abs(len(a) - len(b)) > max_edits or set(a) - _COPY_GLUE != set(b) - _COPY_GLUE:
        return False
    edits = 0
    for op, a0, a1, b0, b1 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        changed = a[a0:a1] + b[b0:b1]
        if any(w not in _COPY_GLUE for w in changed):
            return False
        edits += max(a1 - a0, b1 - b0)
    return edits <= max_edits


def _gallery(lines: list[str | None], reasons: list[str | None], options: Options = DEFAULT) -> None:
    """Mark a picture gallery's captions: kept paragraphs each followed by a photo credit line, when
    there are ``options.clean_gallery_min_captions`` or more (one is a paragraph beside a picture).
    A gallery retells the story in earlier pictures' captions: "On Wednesday, thousands stormed the
    city hall" under a later article dates a week-old event to the article's week."""
    idx = [i for i, line in enumerate(lines) if line]
    credit = {i for i in idx if reasons[i] == "photo credit"
              or (reasons[i] == "repeated line" and signals.shape(lines[i], options) == "photo credit")}  # type: ignore[arg-type]
    captions = [i for i, j in zip(idx, idx[1:]) if j in credit and not reasons[i]
                and signals.is_sentence(lines[i])]  # type: ignore[arg-type]
    # (clean71) a gallery's pictures follow one another: between one credit and the next caption only a slide's
    # heading, removed lines or (mend106) a slide whose credit is missing, itself caption-shaped ("Residents fill
    # sandbags in Kenner on Friday, August 27."). Pictures set between paragraphs of the story ("Image: Acme" under
    # each item of a list, with more paragraphs before the next picture) are the article's, and the paragraph over
    # each is its text. (mend106) Neither a quote nor the page's first paragraph exempts a caption: agencies' captions
    # quote people, and a gallery opening the page starts with one (review144: stale events printed as news)
    runs: list[list[int]] = []
    for i in captions:
        if runs and not any(lines[k] and not reasons[k] and signals.is_sentence(lines[k])  # type: ignore[arg-type]
                            and not leftovers.slide_caption(lines[k])  # type: ignore[arg-type]
                            for k in range(runs[-1][-1] + 1, i)):
            runs[-1].append(i)
        else:
            runs.append([i])
    gallery = [i for run in runs if len(run) >= options.clean_gallery_min_captions for i in run]
    for i in gallery:
        reasons[i] = "gallery caption"
    # (mend28) one picture: the paragraph over its credit line is its caption when it reads as one (a
    # picture's verb in the present tense after its subject, one sentence, nobody quoted: "The mayor waves
    # to supporters on Monday." over "Photo: AP"); a paragraph of news beside a picture stays
    for i in captions:
        if not reasons[i] and leftovers.picture_caption(lines[i]):  # type: ignore[arg-type]
            reasons[i] = "photo caption"


# A newsletter box's sign-up form ("Email Sign Up By signing up you agree to receive email newsletters or
# alerts from POLITICO."): the short lines printed with it in its paragraph are the box's pitch ("COUNTDOWN
# TO 2020 The race for 2020 starts now. Stay in the know."), which a summary printed as news (protocol C16,
# mn-val-248). Only with the form's consent or its sign-up button, and only a pitch under
# ``options.clean_box_pitch_words`` words: a paragraph of news with a sign-up line glued on keeps its news.
_SIGNUP_BOX = re.compile(r"\bby signing up,? you agree\b|\b(?:e-?mail|newsletter) sign[- ]?up\b|\bsign up for (?:our|the|free)\b"
                         r"[^.!?]{0,40}\bnewsletters?\b", re.I)


def _split_boilerplate(line: str, options: Options = DEFAULT) -> tuple[str, list[tuple[str, str]]]:
    """Split a paragraph into its plain sentences and its boilerplate ones.

    Returns ("", []) when too little plain text remains: then the whole line is boilerplate.
    """
    pieces = _sentences(line)
    good: list[tuple[str, str | None]] = []
    bad: list[tuple[str, str | None]] = []
    for piece in pieces:
        reason = signals.vocabulary(piece)
        lead = signals.BOILERPLATE.match(piece)
        if lead and not signals.vocabulary(piece[lead.end():]) and piece[lead.end():].strip()[:1].isupper():
            # "Continue reading the main story At the scene ...": a widget label glued in front; (mend28) or a
            # short whole sentence after a sign-up button ("… Free Sign Up The rules take effect in March.")
            rest = piece[lead.end():].strip()
            if len(words(rest)) >= options.clean_min_kept_words or (
                    len(words(rest)) >= options.clean_credit_rest_words and signals.is_sentence(rest)
                    and not rest.isupper()):  # ("CLICK HERE TO SEE THE VIDEO.": the button's own words)
                bad.append((lead.group(0), "boilerplate"))
                good.append((rest, None))
                continue
        (bad if reason else good).append((piece.strip(), reason))
    if not bad:
        return "", []
    kept = " ".join(p for p, _ in good)
    plain = [p for p, _ in good if not site_voice(p)]  # "We'll assume you're ok with this" is site talk
    if sum(len(words(p)) for p in plain) < options.clean_min_kept_words or not any(signals.is_sentence(p) for p in plain):
        return "", []
    if any(_SIGNUP_BOX.search(p) for p, r in bad if r) and sum(len(words(p)) for p in plain) < options.clean_box_pitch_words:
        return "", []  # (coherence19) a newsletter box: its pitch goes with its sign-up form
    return kept, [(p, r) for p, r in bad if r]


def clean(article: Article, recurring: Collection[str] = (), options: Options = DEFAULT) -> Article:
    """A copy of ``article`` with junk lines removed from ``text`` and listed in ``removed``.

    Starts from ``raw_text`` (falling back to ``text`` when ``raw_text`` is empty, which is then
    filled in), so repeated cleaning is idempotent. ``options`` holds cleaning's thresholds (``clean_*``);
    the recurrence threshold itself is applied by whoever builds ``recurring``.
    """
    source = article.raw_text or article.text or ""
    kept: list[str] = []
    removed: list[Removed] = []
    for line, reason in judge(source, recurring, article.title or "", options):
        if reason:
            removed.append(Removed(line=line, reason=reason))
        elif line:
            kept.append(line)
        elif kept and kept[-1] != "":
            kept.append("")
    while kept and kept[-1] == "":
        kept.pop()
    title = ("" if page_title(article.title or "", kept, removed, options)  # (clean36) "BREAKING: …" loses its flag
             else leftovers.unflagged_title(article.title, options.clean_flag_rest_min_words) if article.title
             else article.title)
    title = leftovers.title_without_dateline(title, options.headline_min_words)  # (clean72) "… capital BERLINGTON (AP) —"
    removed += [r for r in article.removed if r.reason == TITLE_LABEL]  # the page's labelled title ingest kept (mend57)
    return replace(article, title=title, text="\n".join(kept), raw_text=source, removed=removed)


# what a removed line is when a headline repeating it is page text too (clean26): a picture's caption or credit,
# a social embed's or player's text; any removed line when nothing of the article is left
_PAGE_TITLE_REASONS = frozenset({
    "photo caption or credit", "photo caption", "photo credit", "gallery caption", "credit line", "line of the page",
    "web platform text", "crawl notice", "video player text", "interface message", "share or navigation widget",
    "site prompt", "call to action", "boilerplate", "the reporter's contact", "pointer to the page's media",
    "link to another story", "related link", "link or contact", "update stamp", "date line", "page widget", "counter",
    "read time", "label of the page", "broadcast promo", "site text addressed to the reader", "site listing page",
})


def page_title(title: str, kept: list[str], removed: list[Removed], options: Options = DEFAULT) -> bool:
    """Whether a headline is a line of the page the cleaner removed (clean26, issue 13), so the article has no
    usable headline: the caption a harness or a text file took as the headline ("Bernie Sanders (2nd row down,
    center) liked what he heard", removed from the body as a caption), or any removed line when the article's
    every line is page text ("Tweet with a location" over a social embed's help text). A headline of four words or
    more may be the removed line's start: its first sentence ("… liked what he heard. REUTERS/Jane Doe") or the line
    cut at a length ("Jane Doe, front, fends off John Roe in the second half at" of a caption); a removed credit of
    two words or more may open it with at most three words of the lede ("Jane Doe/Getty Images Rep"; before a longer
    lede the credit goes from the line and the headline stays, as the reader of clean26 asked). An update label
    before a sentence of news ("UPDATE: Authorities identified …") is not page text for the headline. Page text is what the cleaner removes as a caption,
    a credit, a byline or stamp, a widget, a prompt or boilerplate (``_PAGE_TITLE_REASONS``), not a repeated line, a
    heading or a cut paragraph. (clean36) A list of the page's keyword tags in the headline's place
    (``leftovers.keyword_tags``) is no headline either. A headline the body
    merely repeats, or one over a story that was kept, stays the headline."""
    t = _title_key(title)
    if not t:
        return False
    if leftovers.keyword_tags(title, options.clean_tag_list_min_items):  # (clean36) "Jane Doe, Impeachment trial, John Roe, …": the page's tags
        return True
    empty = not any(line.strip() for line in kept)
    long = len(t.split()) >= 4  # a prefix of four words or more is the line cut, not a common opening
    for r in removed:
        if not (empty or r.reason in _PAGE_TITLE_REASONS) or _UPDATE_NEWS.match(r.line):
            continue
        k = _title_key(r.line)
        if k == t or (long and k.startswith(t)) or (
                len(k.split()) >= 2 and t.startswith(k + " ") and len(t.split()) - len(k.split()) < 4):
            return True  # the line, its start, or a credit with a word or three of the lede ("Jane Doe/Getty Images Rep")
    return False


# (clean26 reading) an update label before a sentence of news ("UPDATE: Authorities identified the two bodies as …"):
# the cleaner drops the line, but a headline cut from it is the story's news, not page text; a stamp is no sentence
_UPDATE_NEWS = re.compile(r"^(?:UPDATE|Update|UPDATED|Updated)\s*:\s+[A-Z][a-z]+(?: [a-z]+){3}")


def _title_key(text: str) -> str:
    """A headline or a line compared case-, space- and end-punctuation-insensitively."""
    return " ".join(text.split()).rstrip(".!?…").lower()
