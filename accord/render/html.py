"""A Brief as one self-contained HTML page: inline CSS, no script, no external asset.

Article text is untrusted, so rendering goes through Jinja2 with autoescape on for every template,
and only plain http(s) URLs become links. ``render_fragment`` gives the same content without the
page around it, for the web UI to embed.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from accord.model import Brief
from accord.render import (
    fits_text,
    kind_label,
    NONE_FOUND,
    SECTIONS,
    Citations,
    counts,
    date_span,
    in_reading_order,
    safe_url,
    section_class,
    show_normalized,
    type_label,
)

TEMPLATES = Path(__file__).resolve().parent / "templates"


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja2 environment (autoescape everywhere; StrictUndefined so a typo fails a test)."""
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=False,
        lstrip_blocks=False,
    )
    env.globals.update(
        safe_url=safe_url,
        show_normalized=show_normalized,
        kind_label=kind_label,
        fits_text=fits_text,
        type_label=type_label,
        in_reading_order=in_reading_order,
        none_found=NONE_FOUND,
        sections=SECTIONS,
        section_class=section_class,
    )
    return env


@lru_cache(maxsize=1)
def style() -> Markup:
    """The page's CSS: our own file, so it is marked safe (escaping would break quoted fonts)."""
    return Markup((TEMPLATES / "brief.css").read_text(encoding="utf-8"))


def _context(brief: Brief) -> dict[str, object]:
    return {
        "brief": brief,
        "cite": Citations(brief),
        "scope": counts(brief),
        "span": date_span(brief),
        "style": style(),
    }


def render_fragment(brief: Brief) -> str:
    """The brief as an ``<article>`` element, for embedding in another page."""
    return environment().get_template("_brief.html").render(_context(brief)).strip() + "\n"


def render(brief: Brief) -> str:
    """The brief as a complete HTML page that opens offline in any browser."""
    return environment().get_template("brief.html").render(_context(brief)).strip() + "\n"
