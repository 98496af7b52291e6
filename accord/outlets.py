"""Outlets: which articles come from one outlet, so "N independent sources" can mean N outlets (issue 12).

One rule shared by every stage that counts sources (alignment, the support check, single-source claims,
the scope line, the library and the web listing) and by ingest, which names an article's outlet from its
URL. It depends on nothing but the word lists and the public-suffix list (``tld``), so the data model and
every stage may use it without reaching into another stage.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from tld import get_fld, get_tld

from accord.words import AUTHOR_HOSTS, NOT_OUTLET_HOSTS, NOT_OUTLET_NAMES, UMBRELLA_HOSTS


def domain(url: str | None) -> str | None:
    """The registered domain of a URL (``news.bbc.co.uk`` → ``bbc.co.uk``), or None."""
    if not url:
        return None
    fld = get_fld(url, fail_silently=True, fix_protocol=True)
    return fld or None


# a source field that is a host name ("edition.cnn.com", "cnn.com"), not an outlet's name ("CNN")
_HOST = re.compile(r"(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:[/:].*)?", re.I)
# a Wayback Machine address carries the archived page's own URL: that page's outlet is the outlet
_WAYBACK = re.compile(r"^(?:https?://)?(?:web\.)?archive\.org/web/[^/]+/(?P<url>(?:https?://)?[^/]+\..*)$", re.I)


def _fold(name: str) -> str:
    """A name compared case-, accent-, space- and punctuation-blind, in any script ("Новая газета" keeps its
    letters: mend119)."""
    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", "", folded)


_NOT_NAMES = frozenset(_fold(n) for n in NOT_OUTLET_NAMES)


def _host_key(address: str) -> str | None:
    """The outlet key of a host or URL: its full registered domain, public-suffix aware ("news.bbc.co.uk" →
    "bbc.co.uk"; "abc.net.au" is not "abc.es"), or None for a host that is not an outlet (words.NOT_OUTLET_HOSTS:
    an aggregator, portal, archive or social site carries many outlets' pages). On a blog platform
    (words.AUTHOR_HOSTS) or an umbrella domain (words.UMBRELLA_HOSTS) the full host is the outlet
    ("harbourwatch.substack.com", "abcnews.go.com"). A host with no known public suffix gives None: we
    never guess."""
    wayback = _WAYBACK.match(address.strip())
    if wayback:
        return _host_key(wayback.group("url"))
    parsed = get_tld(address.strip(), as_object=True, fail_silently=True, fix_protocol=True)
    if parsed is None:
        return None
    fld = str(parsed.fld).lower()  # type: ignore[union-attr]
    host = str(parsed.parsed_url.netloc).lower().split("@")[-1].split(":")[0]  # type: ignore[union-attr]
    host = host[4:] if host.startswith("www.") else host
    if fld in NOT_OUTLET_HOSTS or host in NOT_OUTLET_HOSTS or fld.startswith("google."):
        return None
    if str(parsed.tld).lower() in AUTHOR_HOSTS:  # type: ignore[union-attr]
        return host  # the public-suffix list already reads foo.blogspot.com as foo's own domain
    if fld in AUTHOR_HOSTS:
        return host if host != fld else None
    if fld in UMBRELLA_HOSTS:
        return host if host != fld else None
    return fld[4:] if fld.startswith("www.") else fld  # "www.gov.uk" (gov.uk is a public suffix) → "gov.uk"


@lru_cache(maxsize=4096)
def outlet(source: str | None, url: str | None) -> str | None:
    """The outlet an article comes from, as one comparable key, or None when it cannot be known.

    Issue 12: "N independent sources" means N outlets, so two articles of one outlet must compare
    equal. The named outlet wins over the URL (a syndicated page that names Reuters is Reuters'); a
    name is compared case-, accent- and punctuation-blind in any script, without a leading "The"
    ("The Guardian" = "guardian"); a placeholder or platform name ("Unknown", "Staff", "News desk",
    "Yahoo News": words.NOT_OUTLET_NAMES) names no outlet. A host name, given as the source or read
    from the URL, is keyed by ``_host_key`` (its full registered domain: "edition.cnn.com" and
    "cnn.com" are "cnn.com"; "news.sky.com" is not "tg24.sky.it"). Wrongly putting two outlets together
    asserts something false (a claim two outlets made shown as single-source, two outlets' figures shown
    as one outlet's update), so when unsure this gives None: the article counts alone, as on main.
    A name and a domain are two keys here; ``outlet_groups`` unites them only where that is safe.
    """
    name = (source or "").strip()
    if name and _HOST.fullmatch(name) and " " not in name:
        # a source that is the URL's own registered domain (what ingest writes when none is named: "go.com"
        # for abcnews.go.com, "substack.com" for a newsletter) says no more than the URL: key the URL
        if url and url.strip() and domain(url) == domain(name):
            return _host_key(url)
        return _host_key(name)
    if name:
        key = _fold(re.sub(r"^the\s+", "", name, flags=re.I))
        if key and key not in _NOT_NAMES and _fold(name) not in _NOT_NAMES:
            return key
        if key:  # a placeholder name: the URL may still tell the outlet
            name = ""
    if url and url.strip():
        return _host_key(url)
    return None


def outlet_groups(articles: Iterable[tuple[str | None, str | None]]) -> dict[str, str]:
    """Outlet key → the key it counts as, over one story's articles given as (source, url).

    A named outlet and a domain are one outlet only where that is safe: the domain's first label is the
    only one of its kind among the story's domains (with "abc.net.au" and "abc.es" both present, "ABC" joins
    neither), and either the name's folded letters are that label ("CNN" / cnn.com, "The Guardian" /
    theguardian.com) or one article names the outlet and lives on that domain, its name starting with the
    label ("BBC News" on a bbc.co.uk page). Never a guess from a shared stem across domains. Keys absent
    from the mapping count as themselves; a group counts as its first name."""
    pairs = [(source, url, outlet(source, url)) for source, url in articles]
    domains = {key for _, _, key in pairs if key and "." in key}
    by_label: dict[str, list[str]] = {}
    for d in domains:
        by_label.setdefault(d.split(".", 1)[0], []).append(d)
    label_of = {found[0]: label for label, found in by_label.items() if len(found) == 1}
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        while parent.get(key, key) != key:
            key = parent[key]
        return key

    for source, url, key in pairs:
        if key is None or "." in key or not source:
            continue
        folded = _fold(source)
        joined = [d for d, label in label_of.items() if label in (folded, key)]
        if url and url.strip():  # this article's own page: its name may carry more than the label
            own = _host_key(url)
            if own in label_of and len(label_of[own]) >= 3 and folded.startswith(label_of[own]):
                joined.append(own)
        for d in joined:
            root_d, root_k = find(d), find(key)
            if root_d != root_k:
                if "." in root_d:  # a name stands for the group
                    parent[root_d] = root_k
                else:
                    parent[root_k] = root_d
    out = {key: find(key) for key in {*parent, *domains}}
    return {key: rep for key, rep in out.items() if key != rep}
