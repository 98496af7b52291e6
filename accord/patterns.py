"""Faster yes/no tests of large regex alternations, built once from the pattern tables themselves.

Why: cleaning tests every sentence of every article against alternations of a dozen or more
branches (``clean.signals.PAGE_SENTENCE``). Python's regex engine tries each branch at every
position of the text, and a branch opening with ``\\b`` gets none of its literal-prefix speed-ups,
so one ``search`` costs tens of microseconds per sentence. ``Alternatives`` answers the same
question (``bool(pattern.search(text))``) as: the branches anchored with ``^`` tried once at the
start, and each other branch only when a word it cannot match without is in the text (its leading
literal, found by a plain substring test). The tables stay the one source of truth: edit the
pattern, and the test follows.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_PLAIN = re.compile(r"[A-Za-z0-9 ]+")
# the only characters ``re.IGNORECASE`` matches with an ASCII letter that ``str.lower()`` does not make
# that letter: "İ" and "ı" (i), the long s "ſ" (s), the Kelvin sign (k). A text without them holds a
# case-folded match's letters as its lower case writes them.
_ODD_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")
_QUANTIFIER = "?*+{"


def _structure(src: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, groups open after it) of each character of a regex source from ``start``,
    escapes and character classes skipped ("[]…]" and "[^]…]": a first "]" is a member)."""
    depth, i, in_class = 0, start, False
    while i < len(src):
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 + (src[i + 1:i + 2] == "^")
            i += src[i:i + 1] == "]"
            continue
        else:
            depth += (c == "(") - (c == ")")
            yield i, c, depth
        i += 1


def branches(pattern: str) -> list[str]:
    """The top-level alternatives of a regex source (``a|(b|c)|d`` → ``a``, ``(b|c)``, ``d``)."""
    out: list[str] = []
    start = 0
    for i, c, depth in _structure(pattern):
        if c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


_LITERAL_PUNCTUATION = " ,;:@#%&'\"!<>=~/-"  # characters that stand for themselves outside a class


def _literal_run(src: str) -> str | None:
    """The plain characters a branch source starts with that every match holds: ASCII letters and
    digits, punctuation that is no regex syntax, escaped punctuation ("\\(" is "("). A character
    followed by a quantifier is optional and ends the run; None when there are none."""
    run: list[str] = []
    i = 0
    while i < len(src):
        c = src[i]
        if c == "\\" and i + 1 < len(src) and src[i + 1].isascii() and not src[i + 1].isalnum() and src[i + 1] != "_":
            char, step = src[i + 1], 2  # "\\(", "\\.": the character itself ("\\b", "\\w", "\\1" are not)
        elif c.isascii() and (c.isalnum() or c in _LITERAL_PUNCTUATION):
            char, step = c, 1
        else:
            break
        if src[i + step:i + step + 1] in tuple(_QUANTIFIER):
            break  # optional (or repeated from zero): not needed, and the run ends
        run.append(char)
        i += step
    return "".join(run) or None


def _closing(src: str, at: int) -> int | None:
    """The index of the ``)`` closing the group opened at ``src[at]``, or None (classes and escapes
    inside are skipped)."""
    return next((i for i, c, depth in _structure(src, at) if c == ")" and depth == 0), None)


def needed_words(branch: str) -> tuple[str, ...] | None:
    """Strings one of which every match of ``branch`` contains (its leading literal, or each
    alternative of a leading group of literals), or None when none can be told from its source.

    Only simple openings are read — ``\\b`` or a one-position character class skipped, then plain
    characters or ``(?:lit|lit|…)`` with no quantifier after it — so the answer is never wrong,
    only sometimes missing."""
    src = branch
    while src.startswith(("(?<!", "(?<=", "(?=", "(?!")):  # a look-around consumes nothing: what follows is needed
        end = _closing(src, 0)
        if end is None or src[end + 1:end + 2] in tuple(_QUANTIFIER):
            return None
        src = src[end + 1:]
    if src.startswith(r"\b"):
        src = src[2:]
    if src.startswith("[") and not src.startswith("[^"):
        end = src.find("]", 2)  # "[Cc]lick": skip the class, the rest of the word is needed
        if end < 0 or src[end + 1:end + 2] in tuple(_QUANTIFIER) or "\\" in src[:end]:
            return None
        src = src[end + 1:]
    if src.startswith("(?:"):
        end = _closing(src, 0)
        if end is None or src[end + 1:end + 2] in tuple(_QUANTIFIER):
            return None
        alternatives = branches(src[3:end])
        if all(a and _PLAIN.fullmatch(a) for a in alternatives):
            return tuple(alternatives)
        return None
    run = _literal_run(src)
    return (run,) if run else None


# "^.{0,160}?" (or "^.*", "^.+?"): an anchored branch that opens with a run of any characters; what
# follows it must still be found somewhere in the text
_ANY_RUN = re.compile(r"\^\.(?:\*|\+|\{\d*,?\d*\})\??")


def needed_anywhere(branch: str) -> tuple[str, ...] | None:
    """``needed_words`` of an anchored branch that opens with a run of any characters
    (``^.{0,160}?\\b(?:speaks|poses)…``), or None: one of them is in the text wherever the match is.
    Such a branch is tried at every length of the run, so a substring test first spares most texts it."""
    m = _ANY_RUN.match(branch)
    return needed_words(branch[m.end():]) if m else None


_CODED = re.compile(r"\\[xuUN0-9]")
_REPEAT = re.compile(r"(?:[?*+]|\{\d*,?\d*\})[?+]?")  # a quantifier (lazy or possessive)


def needed_inside(branch: str) -> tuple[str, ...] | None:
    """Strings one of which every match of ``branch`` contains, read anywhere in its top level (for a
    branch ``needed_words`` cannot read at its opening): a run of plain characters none of which is
    optional, or a group ``(?:lit|lit|…)`` with no quantifier after it (each alternative's leading
    literal); the most selective such (``\\b[A-Z]{2,}/(?:…)`` needs "/", ``\\b\\d{2,3} mm x`` " mm x ").
    Classes, escapes and other groups are stepped over, so the answer is never wrong, only sometimes
    missing; None when nothing is found."""
    if _CODED.search(branch):
        return None  # "\\x41", "\\N{…}", "\\101": a character written as a code, not as itself
    found: list[tuple[str, ...]] = []
    run: list[str] = []
    i = 0
    while i <= len(src := branch):
        c = src[i] if i < len(src) else ""
        rep = _REPEAT.match(src, i)
        if rep:  # after a class, an escape or a group (a plain character's own is read below)
            i = rep.end()
        elif c == "\\" and i + 1 < len(src) and src[i + 1].isascii() and not src[i + 1].isalnum() and src[i + 1] != "_" \
                or c.isascii() and c != "" and (c.isalnum() or c in _LITERAL_PUNCTUATION):
            step = 2 if c == "\\" else 1
            if _REPEAT.match(src, i + step):
                i += step  # optional or repeated: not needed, and the run ends (its quantifier is skipped next)
            else:
                run.append(src[i + step - 1])
                i += step
                continue
        elif c == "(":
            end = _closing(src, i)
            if end is None:
                return None
            if src.startswith("(?:", i) and not _REPEAT.match(src, end + 1):
                runs = [_literal_run(a) for a in branches(src[i + 3:end])]
                if all(runs):
                    found.append(tuple(runs))  # type: ignore[arg-type]
            i = end + 1
        elif c == "[":
            j = i + 1 + (src[i + 1:i + 2] == "^")
            j += src[j:j + 1] == "]"
            while j < len(src) and src[j] != "]":
                j += 2 if src[j] == "\\" else 1
            i = j + 1
        else:
            i += 2 if c == "\\" else 1  # "\b", "\d", ".", "^", "$", the end
        if run:
            found.append(("".join(run),))
            run = []
    return max(found, key=lambda words: min(len(w) for w in words)) if found else None


def folds_as_lower(text: str) -> bool:
    """Whether ``re.IGNORECASE`` matches an ASCII letter in ``text`` only where ``text.lower()`` writes it:
    an ASCII text, or one without the four letters of ``_ODD_FOLDS`` (curly quotes, dashes and accents
    change nothing). Then a case-insensitive pattern's plain ASCII word is in the text's lower case
    wherever the pattern finds it (speed22)."""
    return text.isascii() or _ODD_FOLDS.search(text) is None


# the letters of ``_ODD_FOLDS`` as the ASCII letter ``re.IGNORECASE`` reads them (the Kelvin sign lowers to "k")
_FOLD_ODD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def fold(text: str) -> str:
    """``text.lower()`` as a case-insensitive pattern reads it (tidy51): "İ" and "ı" as "i", the long s
    "ſ" as "s". ``str.lower()`` keeps "ı" and "ſ" and writes "İ" as two letters, so a word such a pattern
    matched ("ſhotgun", "RİFLE") lowered is no key of the table the pattern was built from (a KeyError);
    folded it is. Any text without those letters: exactly its ``lower()``."""
    return text.lower() if folds_as_lower(text) else text.translate(_FOLD_ODD).lower()


def folded_in(word: str, text: str) -> bool:
    """Whether ``word`` (lower-case ASCII) may be in ``text`` as a case-insensitive pattern reads it: in its
    lower case, or the text holds a letter ``re.IGNORECASE`` matches with an ASCII one that ``str.lower()``
    does not give (``_ODD_FOLDS``). False means a pattern that needs ``word`` finds nothing (speed22)."""
    return word in text.lower() or not folds_as_lower(text)


class Alternatives:
    """``bool(pattern.search(text))`` for a compiled alternation, answered faster (module docstring).

    Patterns whose meaning the split could change (multi-line or verbose flags, global inline
    flags) are searched as they are."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.flags = pattern.flags
        src = pattern.pattern
        self._whole = _whole(pattern)
        self._fold = bool(self.flags & re.IGNORECASE)
        anchored: list[str] = []
        self._screened: list[tuple[tuple[str, ...], re.Pattern[str]]] = []
        rest: list[str] = []
        for b in branches(src):
            if b.startswith("^"):
                need = needed_anywhere(b)
                if need is None:
                    anchored.append(b)
                    continue
            else:
                need = needed_words(b) or needed_inside(b)
            if need is None:
                rest.append(b)
            else:
                need = tuple(w.lower() for w in need) if self._fold else need
                self._screened.append((need, re.compile(b, self.flags)))
        self._anchored = re.compile("|".join(anchored), self.flags) if anchored else None
        self._rest = re.compile("|".join(rest), self.flags) if rest else None

    def found(self, text: str) -> bool:
        """Whether ``self.pattern.search(text)`` finds a match."""
        if self._whole:
            return self.pattern.search(text) is not None
        if self._anchored is not None and self._anchored.match(text):
            return True
        if self._rest is not None and self._rest.search(text):
            return True
        if self._fold and not folds_as_lower(text):  # regex case-folding is wider than str.lower here
            return any(rx.search(text) for _, rx in self._screened)  # ("ſ" = "s"; any other text: speed22)
        hay = text.lower() if self._fold else text
        for need, rx in self._screened:  # (plain loops: this runs for every sentence of every article)
            for w in need:
                if w in hay:
                    if rx.search(text):
                        return True
                    break
        return False


def written_apart(word: str, text: str, before: str = "'’-", after: str = "'’-") -> bool:
    """``re.search(rf"(?<![\\w{before}]){re.escape(word)}(?![\\w{after}])", text)`` found, without a pattern
    compiled per word (speed30: a story's names made a fifth of a brief's compiles): ``word`` written with no
    word character (``str.isalnum`` or "_", as ``\\w`` reads one) nor one of ``before`` / ``after`` beside it."""
    if not word:  # (the empty word: the pattern's own answer)
        return re.search(rf"(?<![\w{re.escape(before)}])(?![\w{re.escape(after)}])", text) is not None
    i = text.find(word)
    while i >= 0:
        end = i + len(word)
        if not (_word_at(text, i - 1) or (i > 0 and text[i - 1] in before)) \
                and not (_word_at(text, end) or (end < len(text) and text[end] in after)):
            return True
        i = text.find(word, i + 1)
    return False


def _word_at(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a character ``\\w`` reads as a word character (none outside the text)."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def written_bounded(phrase: str, text: str) -> bool:
    """``re.search(r"\\b" + re.escape(phrase) + r"\\b", text)`` found, without a pattern compiled per phrase
    (speed30): ``phrase`` written where ``\\b`` stands at both its ends (a word character on one side only)."""
    if not phrase:
        return re.search(r"\b\b", text) is not None
    i = text.find(phrase)
    while i >= 0:
        end = i + len(phrase)
        if _word_at(text, i - 1) != _word_at(text, i) and _word_at(text, end - 1) != _word_at(text, end):
            return True
        i = text.find(phrase, i + 1)
    return False


def may_hold(text: str, words: Iterable[str], fold: bool = True) -> bool:
    """Whether a pattern every match of which holds one of ``words`` (lower case when ``fold``: a case-insensitive
    pattern) may match ``text``: a screen asked before the pattern, so the same hits (speed24, speed28). Where
    ``re.IGNORECASE`` folds wider than ``str.lower`` (``folds_as_lower``) the text is always searched."""
    if fold:
        if not folds_as_lower(text):
            return True
        text = text.lower()
    return any(w in text for w in words)


def _whole(pattern: re.Pattern[str]) -> bool:
    """Whether a pattern must be searched as it is: multi-line or verbose flags, global inline flags, or
    back-references (whose group numbers a split would change)."""
    src = pattern.pattern
    return bool(pattern.flags & (re.MULTILINE | re.VERBOSE)) or re.match(r"\(\?[aiLmsux]+\)", src) is not None \
        or re.search(r"\\[1-9]|\(\?P=", src) is not None


def needs(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains (lower case for a case-insensitive one): one
    of each branch's ``needed_words`` / ``needed_inside`` (``needed_anywhere`` of an anchored branch), or None
    when a branch's cannot be told."""
    if _whole(pattern):
        return None
    out: list[str] = []
    for b in branches(pattern.pattern):
        need = needed_anywhere(b) if b.startswith("^") else needed_words(b) or _named_opening(b) or needed_inside(b)
        if need is None:
            return None
        out.extend(need)
    fold = bool(pattern.flags & re.IGNORECASE)
    return tuple(dict.fromkeys(w.lower() if fold else w for w in out))


def _named_opening(branch: str) -> tuple[str, ...] | None:
    """``needed_words`` of a branch opening with a named group of one alternative, no quantifier after it
    (``\\b(?P<word>escap(?:e|ed))\\s+…`` needs "escap"), or None."""
    src = branch[2:] if branch.startswith(r"\b") else branch
    if not src.startswith("(?P<"):
        return None
    end = _closing(src, 0)
    if end is None or src[end + 1:end + 2] in tuple(_QUANTIFIER):
        return None
    inner = src[src.index(">") + 1:end]
    return needed_words(inner) if len(branches(inner)) == 1 else None


class Screened:
    """``pattern.search`` and ``pattern.finditer`` with the same answers, a text that holds none of the
    pattern's ``needs`` answered at once (speed28): patterns run over every sentence of a story whose
    look-behinds or leading classes are tried at every position, for the few sentences that hold their words."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.needs = needs(pattern)
        self._fold = bool(pattern.flags & re.IGNORECASE)

    def may_match(self, text: str) -> bool:
        """False only when ``pattern`` surely finds nothing in ``text``."""
        return self.needs is None or may_hold(text, self.needs, self._fold)

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.may_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.may_match(text) else iter(())


__all__ = ["Alternatives", "Screened", "branches", "folded_in", "folds_as_lower", "may_hold", "needed_anywhere",
           "needed_inside", "needed_words", "needs"]
