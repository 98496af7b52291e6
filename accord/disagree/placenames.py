"""Place names: which written names are one place — a state and its abbreviations ("W.Va." / West Virginia),
a country's aliases ("Britain" / "the UK"), a city's old or own name ("Bombay" / "Mumbai"), or a story that writes one
as the other ("Chennai (Madras)").

Kept apart from the stages that ask it (the pair model's scope test, the last check's place rules) so neither reads
the other's internals for a table both need.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence


_STATES = {
    "alabama": ("ala", "al"), "alaska": ("ak",), "arizona": ("ariz", "az"), "arkansas": ("ark", "ar"),
    "california": ("calif", "cal", "ca"), "colorado": ("colo", "co"), "connecticut": ("conn", "ct"),
    "delaware": ("del", "de"), "florida": ("fla", "fl"), "georgia": ("ga",), "hawaii": ("hi",), "idaho": ("id",),
    "illinois": ("ill", "il"), "indiana": ("ind", "in"), "iowa": ("ia",), "kansas": ("kan", "kans", "ks"),
    "kentucky": ("ky",), "louisiana": ("la",), "maine": ("me",), "maryland": ("md",), "massachusetts": ("mass", "ma"),
    "michigan": ("mich", "mi"), "minnesota": ("minn", "mn"), "mississippi": ("miss", "ms"), "missouri": ("mo",),
    "montana": ("mont", "mt"), "nebraska": ("neb", "nebr", "ne"), "nevada": ("nev", "nv"),
    "new hampshire": ("nh",), "new jersey": ("nj",), "new mexico": ("nm", "nmex"), "new york": ("ny",),
    "north carolina": ("nc",), "north dakota": ("nd", "ndak"), "ohio": ("oh",), "oklahoma": ("okla", "ok"),
    "oregon": ("ore", "or"), "pennsylvania": ("pa", "penn"), "rhode island": ("ri",), "south carolina": ("sc",),
    "south dakota": ("sd", "sdak"), "tennessee": ("tenn", "tn"), "texas": ("tex", "tx"), "utah": ("ut",),
    "vermont": ("vt",), "virginia": ("va",), "washington": ("wash", "wa"), "west virginia": ("wva", "wv"),
    "wisconsin": ("wis", "wisc", "wi"), "wyoming": ("wyo", "wy"),
}


def state_key(text: str) -> str | None:
    """The state a written name or abbreviation stands for ("W.Va." → west virginia), or None."""
    w = re.sub(r"[.\s]", "", text.lower())
    for state, short in _STATES.items():
        if w == state.replace(" ", "") or w in short:
            return state
    return None


# precision51: one place, two names news writes for it — a city's or a country's old name, its English and its
# own name, two spellings of one name in another alphabet. Writers use either for the one place (an older
# archive, a wire's house style), so two of them are never two places.
_PLACE_NAMES = tuple(frozenset(group.split("|")) for group in (
    "bombay|mumbai", "calcutta|kolkata", "madras|chennai", "bangalore|bengaluru", "poona|pune", "gurgaon|gurugram",
    "benares|varanasi", "baroda|vadodara", "mysore|mysuru", "peking|beijing", "canton|guangzhou", "nanking|nanjing",
    "tientsin|tianjin", "amoy|xiamen", "saigon|ho chi minh city", "rangoon|yangon", "burma|myanmar",
    "ceylon|sri lanka", "dacca|dhaka", "leningrad|st petersburg", "constantinople|istanbul", "kiev|kyiv",
    "odessa|odesa", "kharkov|kharkiv", "lvov|lviv", "nikolaev|mykolaiv", "zaporozhye|zaporizhzhia",
    "lugansk|luhansk", "chernigov|chernihiv", "dnepropetrovsk|dnipro", "kishinev|chisinau", "tiflis|tbilisi",
    "alma-ata|almaty", "astana|nur-sultan", "mecca|makkah", "medina|madinah", "swaziland|eswatini",
    "czech republic|czechia", "turkey|turkiye", "holland|netherlands|the netherlands", "ivory coast|cote d'ivoire",
    "east timor|timor-leste", "macedonia|north macedonia", "zaire|democratic republic of congo", "salisbury|harare",
    "munich|munchen", "cologne|koln", "nuremberg|nurnberg", "vienna|wien", "prague|praha", "warsaw|warszawa",
    "cracow|krakow", "florence|firenze", "venice|venezia", "naples|napoli", "turin|torino", "milan|milano",
    "rome|roma", "genoa|genova", "lisbon|lisboa", "seville|sevilla", "copenhagen|kobenhavn", "gothenburg|goteborg",
    "brussels|bruxelles|brussel", "antwerp|antwerpen", "the hague|den haag", "geneva|geneve", "athens|athina",
    "moscow|moskva", "belgrade|beograd", "bucharest|bucuresti", "new delhi|delhi"))


def _place_name_key(value: str) -> tuple[str, str]:
    """A place's name folded for comparison, as (the name, what follows its first comma: "Columbus, Ga." is
    ("columbus", "ga")), accents and "Saint"/"St." alike."""
    name = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()
    name = re.sub(r"\bsaint\b|\bst\b\.?", "st", name)
    name = re.sub(r"[.’']", lambda m: "'" if m.group(0) in "’'" else "", name)
    first, _, rest = name.partition(",")
    return " ".join(first.split()), " ".join(rest.split())


# a story that writes one name as the other's ("Mumbai, formerly Bombay", "Chennai (Madras)", "Bombay, now Mumbai")
_ALSO_WORDS = r"(?:(?:formerly|previously|once|now|also)\s+(?:known\s+as\s+|called\s+)?|known\s+(?:locally\s+)?as\s+|or\s+)"
# mend52: outside brackets a naming word must join the two ("Bombay, now Mumbai"): a bare comma or "or" is a list
# ("Police in Bombay, Pune and Delhi", "Pune or Delhi"); the bare form only as "Chennai (Madras)", bracket closed
_ALSO_NAMING = r"(?:(?:formerly|previously|once|now|also)\s+(?:known\s+as\s+|called\s+)?|known\s+(?:locally\s+)?as\s+)"
_ALSO = r"(?:\s*,\s*|\s+)" + _ALSO_NAMING


def _written_as(p: str, q: str, text: str) -> bool:
    """Whether ``text`` writes place ``q`` as another name of ``p``: "p, formerly q", "p now known as q", "p (q)"."""
    return bool(re.search(re.escape(p) + _ALSO + re.escape(q) + r"\b", text)
                or re.search(re.escape(p) + r"\s*\(\s*" + _ALSO_WORDS + "?" + re.escape(q) + r"\s*\)", text))


def same_place_names(a: str, b: str, texts: Sequence[str] = ()) -> bool:
    """Whether two place names are one place under two of its names (``_PLACE_NAMES``, one name once
    accents and "Saint" are folded, or a sentence of the story writing one as the other's: "Mumbai,
    formerly Bombay", "Chennai (Madras)"); a state or country after a comma must not differ ("Columbus, Ga." /
    "Columbus, Miss." are two)."""
    (x, xs), (y, ys) = _place_name_key(a), _place_name_key(b)
    if xs and ys and xs != ys:
        return False
    if x == y or any(x in group and y in group for group in _PLACE_NAMES):
        return True
    first, second = str(a).split(",")[0].strip(), str(b).split(",")[0].strip()
    pairs = [(first, second), (second, first)]
    return any(_written_as(p, q, t) for t in texts for p, q in pairs if p and q)


def one_place(a: str, b: str) -> bool:
    """Whether two place names are one place: its aliases ("Britain" / "the UK", "America" / "the U.S.") or
    two of its names (``same_place_names``: "Holland" / "the Netherlands")."""
    ka, kb = place_key(a), place_key(b)
    return ka == kb or same_place_names(re.sub(r"^the\s+", "", a, flags=re.I), re.sub(r"^the\s+", "", b, flags=re.I))


_PLACE_ALIASES = {"u.s.": "us", "u.s": "us", "us": "us", "usa": "us", "united states": "us", "america": "us",
                  "uk": "uk", "u.k.": "uk", "britain": "uk", "great britain": "uk", "united kingdom": "uk"}


def place_key(text: str) -> str:
    """A country's name folded to one key for its aliases ("the U.S." / "America" → us), any other name lower-cased."""
    t = re.sub(r"^the\s+", "", text.lower().strip())
    return _PLACE_ALIASES.get(t, t)
