"""Bytes → str for every input kind, so a wrong encoding is read correctly or refused in one line.

Order: a byte-order mark wins (UTF-8/16/32), then an encoding the document declares (HTML ``charset``),
then UTF-8 (also when a few bytes are invalid among valid multi-byte characters: those bytes become
U+FFFD instead of the whole text turning into mojibake), then a single-byte code page. Text whose
non-ASCII bytes are sparse (accents in mostly ASCII words) is Western: windows-1252 unless
charset-normalizer finds another Latin code page clearly better; dense non-ASCII text (Cyrillic,
Greek, CJK) takes the detector's guess. Binary data (NUL bytes or many control characters, anywhere
in the data, without a UTF-16/32 BOM) is refused rather than decoded into garbage; control characters
left in text (a stray NUL, terminal escapes) are removed by ``strip_controls``, which also replaces
lone surrogates (invalid Unicode from JSON escapes or undecodable file names).
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from accord.errors import IngestError
from accord.options import DEFAULT, Options

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
_CONTROL_BYTES = bytes(sorted(_CONTROL))
# C0 controls but tab/newline/carriage return, DEL, C1 controls, and the bidi overrides that reorder
# what a terminal shows: never meaningful in an article, sometimes an attack on a terminal
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff]")


_SURROGATES = re.compile("[\ud800-\udfff]")  # lone halves: "\\ud800" in JSON, undecodable file names


def strip_controls(text: str) -> str:
    """``text`` without control characters (a form feed becomes a line break, like a page break), and
    with lone surrogates replaced by U+FFFD: invalid Unicode that no database or terminal accepts."""
    if _SURROGATES.search(text):
        text = _SURROGATES.sub("\ufffd", text)
    return _CONTROL_CHARS.sub("", text.replace("\x0c", "\n")) if _CONTROL_CHARS.search(text) else text


def valid_unicode(text: str) -> bool:
    """False for a string holding lone surrogates (which cannot be encoded, stored or printed)."""
    return not _SURROGATES.search(text)


def _bom(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _control_share(data: bytes) -> float:
    return (len(data) - len(data.translate(None, _CONTROL_BYTES))) / len(data) if data else 0.0


_MAGIC: list[tuple[bytes, str]] = [  # how common non-text files open, named for the error a reader sees
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"PAR1", "a Parquet table"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
]


def file_kind(head: bytes) -> str | None:
    """What a file is when its first bytes say it is no text at all (``"a PNG image"``), else None."""
    return next((name for magic, name in _MAGIC if head.startswith(magic)), None)


def looks_html(data: bytes) -> bool:
    """True when ``data`` opens as an HTML page (a doctype or an ``<html>`` tag near the top)."""
    head = data[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:300]


def looks_binary(data: bytes, options: Options = DEFAULT) -> bool:
    """True for data that is not text in any byte-oriented encoding (images, archives, executables):
    a NUL byte in its head, or more control bytes than ``options.decode_binary_share``.

    The whole data is looked at, not only its head: a text file with a binary tail is not text.
    """
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        return True
    share = options.decode_binary_share
    return _control_share(head) > share or _control_share(data) > share


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


def to_text(data: bytes, item: str, *, html: bool = False, options: Options = DEFAULT) -> str:
    """Decode ``data`` (named ``item`` in errors); ``html`` also honours a declared charset."""
    if not data.strip():
        raise IngestError(item, "empty file")
    bom = _bom(data)
    if bom:
        try:
            text = data.decode(bom)
        except UnicodeDecodeError as exc:
            raise IngestError(item, f"invalid {bom} text after its byte-order mark ({exc.reason})") from None
        return strip_controls(text.lstrip("\ufeff"))
    if looks_binary(data, options):
        raise IngestError(item, "binary data, not text")
    declared = declared_charset(data) if html else None
    if declared and declared not in ("utf-16", "utf-32"):
        try:
            return strip_controls(data.decode(declared))
        except UnicodeDecodeError:
            pass  # wrong declaration: fall through to detection
    try:
        return strip_controls(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return strip_controls(damaged)
    return strip_controls(_single_byte(data, item, options))


def _damaged_utf8(data: bytes) -> str | None:
    """UTF-8 with a few invalid bytes (a cut or a stray byte), or None when it is not UTF-8.

    UTF-8 when at least as many valid multi-byte characters as invalid bytes: a single-byte text
    (cp1252 "café") has none, since its accents are lone high bytes.
    """
    text = data.decode("utf-8", "replace")
    invalid = text.count("\ufffd") - data.decode("utf-8", "ignore").count("\ufffd")
    valid = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    return text if valid and valid >= invalid else None


def _single_byte(data: bytes, item: str, options: Options = DEFAULT) -> str:
    """A text in a legacy code page: Western when accents are sparse (``options.decode_sparse_high``),
    else the detector's guess."""
    high = sum(1 for b in data if b > 127)
    letters = sum(1 for b in data if 65 <= b <= 90 or 97 <= b <= 122)
    sparse = high < options.decode_sparse_high * (letters + high)
    matches = from_bytes(data)
    candidates = [m for m in matches if m.encoding and (not sparse or _one_byte(m.encoding))]
    best = min(candidates, key=lambda m: m.chaos) if candidates else None
    if sparse:
        # Accents in Western words: windows-1252 (a superset of latin-1's printable range), as
        # browsers do, unless another Latin code page (Polish cp1250, ...) reads clearly better.
        cp1252 = next((m for m in candidates if m.encoding == "cp1252"), None)
        if (best is None or not _latin(best.encoding) or best.encoding in _LATIN_SINGLE_BYTE
                or (cp1252 is not None and cp1252.chaos <= best.chaos + 0.05)):
            for name in ("cp1252", "latin_1"):
                try:
                    return data.decode(name)
                except UnicodeDecodeError:
                    continue
    if best is None or best.encoding is None:
        raise IngestError(item, "unknown text encoding")
    return str(best)


def _one_byte(encoding: str) -> bool:
    """A code page with one byte per character (not UTF-16/32 or a CJK multi-byte encoding)."""
    try:
        return len("é".encode(encoding, "replace")) == 1 and len("日".encode(encoding, "replace")) == 1
    except LookupError:
        return False


def _latin(encoding: str) -> bool:
    """A code page for Latin-script languages (Central/Northern/Southern European, Turkish, ...)."""
    try:
        "a\u00e1\u00e9".encode(encoding, "strict")
    except (UnicodeEncodeError, LookupError):
        return False
    return True
