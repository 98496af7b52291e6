"""Bytes → str for every input kind, so a wrong encoding is read correctly or refused in one line.

Order: a byte-order mark wins (UTF-8/16/32), then an encoding the document declares (HTML ``charset``),
then strict UTF-8, then charset-normalizer's guess (cp1252, latin-1, ...). Binary data (NUL bytes or
many control characters without a UTF-16/32 BOM) is refused rather than decoded into garbage.
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from accord.errors import IngestError

_BOMS: list[tuple[bytes, str]] = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_LATIN_SINGLE_BYTE = {  # Western code pages that short text cannot tell apart from windows-1252
    "cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850", "cp437", "cp775",
}
_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32)) | {127}


def _bom(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def looks_binary(data: bytes) -> bool:
    """True for data that is not text in any byte-oriented encoding (images, archives, executables)."""
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b in _CONTROL)
    return control / len(head) > 0.05


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML/XML document declares in its first few KB, if Python knows it."""
    head = data[:4096]
    match = _DECLARED.search(head) or re.search(rb"""<\?xml[^>]+encoding=["']([A-Za-z0-9_.:-]+)""", head)
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def to_text(data: bytes, item: str, *, html: bool = False) -> str:
    """Decode ``data`` (named ``item`` in errors); ``html`` also honours a declared charset."""
    if not data.strip():
        raise IngestError(item, "empty file")
    bom = _bom(data)
    if bom:
        try:
            text = data.decode(bom)
        except UnicodeDecodeError as exc:
            raise IngestError(item, f"invalid {bom} text after its byte-order mark ({exc.reason})") from None
        return text.lstrip("\ufeff")
    if looks_binary(data):
        raise IngestError(item, "binary data, not text")
    declared = declared_charset(data) if html else None
    if declared and declared not in ("utf-16", "utf-32"):
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass  # wrong declaration: fall through to detection
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    matches = from_bytes(data)
    best = matches.best()
    if best is None or best.encoding is None:
        raise IngestError(item, "unknown text encoding")
    western = any(m.encoding == "cp1252" and m.chaos <= best.chaos + 0.05 for m in matches)
    if best.encoding in _LATIN_SINGLE_BYTE or western:
        # Short Western text is ambiguous between single-byte code pages; like browsers, prefer
        # windows-1252 (a superset of latin-1's printable range) when it fits as well as the best.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(best)
