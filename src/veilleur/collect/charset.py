"""Turn response bytes into text when servers lie about, or omit, their charset."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from veilleur.text import storable

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
# Single-byte charsets decode any byte sequence without error, so a wrong one is never caught by
# a strict decode: we check for valid multi-byte UTF-8 before trusting them.
_SINGLE_BYTE = {"latin-1", "iso8859-1", "cp1252", "iso8859-15", "ascii"}


_WESTERN = set("àâäáãåæçèéêëìíîïñòóôöõøùúûüýÿœšžÀÂÄÁÃÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÖÕØÙÚÛÜÝŸŒŠŽß’‘“”«»–—…€°§©®™•·\u00a0")


def _normalise(name: str) -> str | None:
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None


def header_charset(content_type: str) -> str | None:
    match = _HEADER_CHARSET.search(content_type or "")
    return _normalise(match.group(1)) if match else None


def declared_charset(body: bytes) -> str | None:
    head = body[:4096]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return _normalise(match.group(1).decode("ascii", "ignore")) if match else None


def looks_binary(body: bytes, content_type: str = "") -> bool:
    """True for images, archives, PDFs and other bytes that are not a text page."""
    kind = (content_type or "").split(";")[0].strip().lower()
    if kind.startswith(("image/", "audio/", "video/", "font/")) or kind in {
        "application/pdf",
        "application/zip",
        "application/octet-stream",
        "application/gzip",
    }:
        return True
    sample = body[:2048]
    if not sample:
        return False
    if b"\x00" in sample:
        if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return False
        # Binary data has control bytes throughout (random bytes: 11%; UTF-16 without its mark:
        # a NUL every other byte); a text page with a stray NUL (a CMS's glitch, an injected byte)
        # is a page: its article was lost as "binary content".
        return sum(sample.count(byte) for byte in _CONTROL_BYTES) * 20 > len(sample)
    return False


# C0 control bytes that no text page holds in numbers (tab, line feed, form feed, carriage return
# and escape left out).
_CONTROL_BYTES = [bytes([c]) for c in range(32) if c not in (9, 10, 12, 13, 27)]


def _strict(body: bytes, encoding: str) -> str | None:
    try:
        return body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


# At most one invalid sequence for this many valid multi-byte characters: a UTF-8 page with a stray
# byte (a truncated response, one injected "\xff") is still UTF-8. Statistical detection read such a
# short page as Shift-JIS: "Quill\u200dBit a revendiqué" became "Quill窶坑it a revendiquﾃｩ", the whole
# page garbled. Text in another charset seldom holds a valid UTF-8 sequence at all (Latin-1's "é"
# before a letter, Cyrillic and Shift-JIS bytes are invalid ones), let alone two per invalid one.
_VALID_PER_INVALID = 2


# Turkish's letters beyond ASCII, and those of them no Western code page writes: Windows-1254 is
# Windows-1252 but for six bytes, which it reads "ğ", "ı", "ş", "Ğ", "İ", "Ş" (Windows-1252 "ð", "ý",
# "þ", "Ð", "Ý", "Þ"; Windows-1250 "đ", "ý", "ţ"…).
_TURKISH_LETTERS = frozenset("çğıöşüâîûÇĞİÖŞÜÂÎÛ")
_TURKISH_ONLY = frozenset("ğışĞİŞ")
# A Turkish text writes two of its own letters ("ı", "ş", "ğ", whatever their case), or "ı" alone in
# many words, about one in three; a Western page may name a Czech or an Icelandic person ("Hýsek",
# "Sigurðsson"), whose one letter the same bytes write, a few times: one word, repeated. One letter
# in a single word, or in fewer words than one in this many (markup counts as words), is no Turkish.
_WORDS_PER_TURKISH = 10
_FOLD_TURKISH = str.maketrans("İŞĞ", "ışğ")


def _turkish(body: bytes) -> str | None:
    """`body` read as Windows-1254 when every letter beyond ASCII it then holds is Turkish, one of them
    at least Turkish's own. Such a page passed for Windows-1252 ("çalındı" read "çalýndý": "ý" is a
    Western letter), or statistical detection, rating the Western and Central European code pages as
    high on a short page, took Windows-1250 ("Sağlık" read "Sađlýk"); two of Turkish's own letters, or
    one often enough to be the text's, not a name's (_WORDS_PER_TURKISH). A French or German page holds "é",
    "ä" or "ß", a Czech or Polish one "á", "ł" or "ř" (Windows-1254 "á", "³", "ø"), none Turkish."""
    text = _strict(body, "cp1254")
    if text is None:
        return None
    letters = {char for char in set(text) if not char.isascii() and char.isalpha()}
    own = letters & _TURKISH_ONLY
    if not own or not letters <= _TURKISH_LETTERS:
        return None
    if len(set("".join(own).translate(_FOLD_TURKISH))) > 1:
        return text
    words = text.split()
    turkish = [word for word in words if not word.isascii() and not _TURKISH_ONLY.isdisjoint(word)]
    distinct = len(set(turkish)) > 1
    return text if distinct and len(turkish) * _WORDS_PER_TURKISH >= len(words) else None


def _mostly_utf8(body: bytes) -> str | None:
    """`body` decoded as UTF-8, its few invalid bytes replaced, when it is UTF-8 but for them."""
    text = body.decode("utf-8", "replace")
    invalid = text.count("\ufffd") - body.count("\ufffd".encode())
    valid = sum(1 for char in text if ord(char) > 0x7F) - text.count("\ufffd")
    return text if invalid > 0 and invalid * _VALID_PER_INVALID <= valid else None


def decode(body: bytes, content_type: str = "") -> tuple[str, str]:
    """Return (text, encoding used), as a store keeps it (`veilleur.text.storable`): without NUL
    characters (nothing in a page, and PostgreSQL refuses them in text) nor lone surrogates (a
    page declared UTF-7 decodes "+2AA-" to one, which UTF-8 cannot encode): else the page's
    document could not be stored. Never raises; the last resort replaces bad bytes."""
    text, encoding = _decoded(body, content_type)
    return storable(text), encoding


def _decoded(body: bytes, content_type: str) -> tuple[str, str]:
    if body.startswith(codecs.BOM_UTF8):
        return body[3:].decode("utf-8", "replace"), "utf-8"
    candidates = [header_charset(content_type), declared_charset(body)]
    for encoding in candidates:
        if encoding is None:
            continue
        if encoding in _SINGLE_BYTE and _strict(body, "utf-8") is not None and not body.isascii():
            return body.decode("utf-8"), "utf-8"
        text = _strict(body, encoding)
        if text is not None:
            return text, encoding
    text = _strict(body, "utf-8")
    if text is not None:
        return text, "utf-8"
    turkish = _turkish(body)
    if turkish is not None:
        return turkish, "cp1254"
    # Our sources write French, English, Dutch and German: when Windows-1252 gives only Western
    # letters and typographic punctuation, it is right, and statistical detection (which guesses
    # badly on short pages) is not needed.
    western = _strict(body, "cp1252")
    if western is not None and all(char.isascii() or char in _WESTERN for char in western):
        return western, "cp1252"
    mostly = _mostly_utf8(body)
    if mostly is not None:
        return mostly, "utf-8"
    best = from_bytes(body[:200_000]).best()
    if best is not None and best.encoding:
        encoding = _normalise(best.encoding) or "utf-8"
        return body.decode(encoding, "replace"), encoding
    return body.decode("utf-8", "replace"), "utf-8"
