"""A Brief as Markdown that reads well in a terminal and renders safely elsewhere.

Article text is untrusted: every piece of it is collapsed to one line and has the characters that
would change Markdown structure (emphasis, links, raw HTML, headings, lists) backslash-escaped, so
a sentence can neither inject markup nor break the layout.
"""
from __future__ import annotations

import re

from accord.model import Brief
from accord.render import (
    fits_text,
    kind_label,
    NONE_FOUND,
    SECTIONS,
    Citations,
    Ref,
    counts,
    date_span,
    in_reading_order,
    safe_url,
    show_normalized,
    type_label,
)

_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_BLOCK_MARK = re.compile(r"^(#{1,6}|[-+=])(?=\s|$)")  # heading, list item, setext underline
_ORDERED = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")  # "1. " starts an ordered list
_ENTITY = re.compile(r"&(?=#?\w+;)")  # "&amp;" would be decoded by a Markdown renderer


def escape(text: str | None) -> str:
    """One line of untrusted text, safe to place anywhere in a Markdown line."""
    line = " ".join((text or "").split())
    line = _INLINE.sub(r"\\\1", line)
    line = _ENTITY.sub(r"\\&", line)
    line = _BLOCK_MARK.sub(r"\\\1", line)
    return _ORDERED.sub(r"\1\\\2", line)


def _refs(refs: list[Ref]) -> str:
    return " ".join(r.label if r.number is not None else escape(r.label) for r in refs)


def _url(url: str | None) -> str | None:
    """An autolink for a safe URL (``<`` ``>`` never occur in it: they are not URL characters)."""
    safe = safe_url(url)
    if safe is None or "<" in safe or ">" in safe:
        return None
    return f"<{safe}>"


def _section(out: list[str], title: str, lines: list[str]) -> None:
    """A ``## title`` section: its lines, or ``NONE_FOUND`` when it has none, then a blank line."""
    out += [f"## {title}", "", *(lines or [NONE_FOUND]), ""]


def render(brief: Brief) -> str:
    """The brief as Markdown: summary, facts, disagreements (conflicts first, each named by its
    type), quotes in several wordings, single-source claims, timeline, name variants and the
    numbered article list every ``[k]`` refers to."""
    cite = Citations(brief)
    out: list[str] = [f"# {escape(brief.title) or 'Untitled story'}", ""]
    scope = counts(brief)
    span = date_span(brief)
    out += [f"_{scope}{', ' + escape(span) if span else ''}_", ""]

    _section(out, SECTIONS["summary"], [" ".join(f"{escape(c.text)} {_refs(cite.refs(c.citations))}".rstrip()
                                       for c in brief.summary)] if brief.summary else [])

    facts = []
    for f in brief.facts:
        refs = cite.refs(f.support)
        notes = [f"{f.independent} independent source{'s' if f.independent != 1 else ''}"]
        if f.related:
            notes.append(f"also told without this detail: {_refs(cite.refs(f.related))}")
        disputed = [escape(brief.disagreements[k].about) for k in f.disagreements
                    if 0 <= k < len(brief.disagreements)]
        if disputed:
            notes.append("outlets differ, see Disagreements: " + "; ".join(disputed))
        facts.append(f"- {escape(f.text)} {_refs(refs)} ({'; '.join(notes)})")
    _section(out, SECTIONS["facts"], facts)

    out += [f"## {SECTIONS['disagreements']}", ""]
    if brief.disagreements:
        for d in in_reading_order(brief.disagreements):
            label = escape(kind_label(d))
            out.append(f"### {label}, {escape(type_label(d.type))}: {escape(d.about)}")
            out.append("")
            for side in d.values:
                norm = show_normalized(d.kind, side.value, side.normalized)
                value = f"**{escape(side.value)}**" + (f" (= {escape(norm)})" if norm else "")
                when = f" (reported {escape(side.time)})" if side.time else ""
                fits = fits_text(d, side)
                out.append(f"- {value}{when} — {_refs(cite.refs(side.articles))}" + (f" ({escape(fits)})" if fits else ""))
                if side.evidence:
                    out.append(f"  > {escape(side.evidence)}")
            out.append("")
    else:
        out += [NONE_FOUND, ""]

    wordings = []
    for w in brief.wordings:
        wordings.append(f"- {escape(w.speaker) if w.speaker else 'Unattributed'}, in {len(w.wordings)} wordings "
                        "that say the same:")
        wordings += [f"  - “{escape(side.value)}” {_refs(cite.refs(side.articles))}" for side in w.wordings]
    _section(out, SECTIONS["wordings"], wordings)
    _section(out, SECTIONS["single_source"], [f"- {escape(s.text)} {_refs([cite.ref(s.article)])} (only this source)"
                                           for s in brief.single_source])
    _section(out, SECTIONS["timeline"], [f"- **{escape(t.date)}** — {escape(t.text)} {_refs(cite.refs(t.citations))}"
                               for t in brief.timeline])
    _section(out, SECTIONS["variants"], [f"- {escape(v.name)}: {', '.join(escape(x) for x in v.variants)}"
                                    for v in brief.variants])

    out += [f"## {SECTIONS['articles']}", ""]
    if brief.articles:
        for i, a in enumerate(brief.articles, start=1):
            meta = ", ".join(escape(x) for x in (a.source, a.published) if x)
            line = f"- [{i}] {escape(a.title) or '(untitled)'}" + (f" — {meta}" if meta else "")
            copy = cite.copy_of(a)
            if copy is not None:
                line += f" — copy of {copy.label if copy.number is not None else escape(copy.label)}"
            out.append(line)
            url = _url(a.url)
            if url:
                out.append(f"  {url}")
            elif a.url:
                out.append(f"  {escape(a.url)}")
    else:
        out.append(NONE_FOUND)
    return "\n".join(out).rstrip() + "\n"
