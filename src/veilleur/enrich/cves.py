"""CVE identifiers: found in any spelling, validated, normalised.

Handles what real posts got wrong: non-ASCII hyphens (`CVE‑2024‑7344`), shorthand lists
(`CVE-2026-4670 / 5174`, `CVE-2026-4670, -4671`), lower case, compatibility characters (full-width
`ＣＶＥ-2025-１２３４`, other scripts' digits: NFKC, character by character, so that offsets hold),
and placeholders (`CVE-2024-XXXX`, `CVE-N/A`), which are rejected because they are not digits.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from veilleur import clock

# Every dash a text may carry between the parts: the ASCII hyphen, every dash of Unicode (category
# Pd: hyphens, non-breaking hyphen, figure, en and em dashes, small and full-width hyphen-minus...)
# and the minus sign. test_cves checks that no Pd character is missing.
_DASHES = (
    "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
    "\u058a\u05be\u1400\u1806\u2e17\u2e1a\u2e3a\u2e3b\u2e40\u2e5d\u301c\u3030\u30a0\ufe31\ufe32\ufe58\U00010ead"
)
_DASH = re.escape(_DASHES)  # for character classes
# Every character whose NFKC form is a letter of "CVE" (full-width, letterlike, Roman numerals,
# enclosed, modifier and mathematical letters); test_cves derives the list again from Unicode.
_LETTERS = (
    "\u1d31\u1d49\u1d5b\u1d65\u1d9c\u2091\u2102\u212d\u212f\u2130\u2147\u2164\u216d\u2174\u217d\u24b8\u24ba"
    "\u24cb\u24d2\u24d4\u24e5\u2c7d\ua7f2\uff23\uff25\uff36\uff43\uff45\uff56"
    + "".join(chr(c) for c in range(0x1D400, 0x1D6A0) if (c - 0x1D400) % 26 in (2, 4, 21))
    + "\U0001f12b\U0001f132\U0001f134\U0001f145"
)
# The characters that must be folded before ids are looked for: a letter above, a decimal digit
# that is not ASCII (full-width, Arabic-Indic, mathematical...: a digit, not a non-digit nor 0-9).
# Two classes, each searched alone (an alternation with a look-ahead costs 50 ns a character); the
# astral letters as whole blocks, of which the table folds only CVE's (a list of astral
# characters is tried one by one at each character: 300 ns).
_FOLDABLE = (
    re.compile(f"[{_LETTERS[:29]}\U0001d400-\U0001d6a3\U0001f12b-\U0001f145]"),
    re.compile(r"[^\D0-9]"),
)


class _Folding(dict[int, str]):
    """str.translate's table: a CVE letter to its NFKC form, a decimal digit to its ASCII digit,
    any other character to itself; one character for one, so that offsets are kept."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if (digit := unicodedata.decimal(char, None)) is not None:
            folded = str(digit)
        elif char in _LETTERS:
            folded = unicodedata.normalize("NFKC", char)
        else:
            folded = char
        self[code] = folded
        return folded


_FOLDING = _Folding()


def fold_cves(text: str) -> str:
    """The text with the characters of CVE ids written in ASCII (`ＣＶＥ-２０２５-１２３４` →
    `CVE-2025-1234`, dashes aside: the patterns take every dash), of the same length, so that
    an offset in it is one in the text. The text itself when it has nothing to fold (the usual
    case, found by one regex scan)."""
    if text.isascii() or not any(pattern.search(text) for pattern in _FOLDABLE):
        return text
    return text.translate(_FOLDING)


_CVE = re.compile(
    rf"\bCVE[\s{_DASH}]?([0-9]{{4}})[{_DASH}]([0-9]{{4,7}})\b"
    # shorthand continuations: "/ 5174", ", -5175", " and 5176", " et 5177"
    rf"((?:\s*(?:/|,|&|\band\b|\bet\b|\ben\b|\bund\b)\s*[{_DASH}]?[0-9]{{4,7}}\b(?![{_DASH}][0-9]))*)",
    re.I,
)
_CONTINUATION = re.compile(rf"[{_DASH}]?([0-9]{{4,7}})\b")
FIRST_YEAR = 1999  # the CVE list started in 1999


@dataclass(frozen=True)
class CveMention:
    cve: str
    start: int  # character offset of the mention in the text


def _valid(year: int, number: str) -> bool:
    # (a number of zeros, "CVE-2026-0000", is a placeholder: the sequence starts at 0001)
    return (
        FIRST_YEAR <= year <= clock.now().year + 1
        and not (len(number) > 4 and number[0] == "0")
        and number.strip("0") != ""
    )


def find_cves(text: str) -> list[CveMention]:
    """Every valid CVE id in the text, in order of appearance, each with its offset."""
    found: list[CveMention] = []
    for match in _CVE.finditer(fold_cves(text)):
        year, number = int(match.group(1)), match.group(2)
        if not _valid(year, number):
            continue
        found.append(CveMention(f"CVE-{year}-{number}", match.start()))
        for extra in _CONTINUATION.findall(match.group(3) or ""):
            # "CVE-2026-4670 / 5174": the shorthand keeps the year of the full id before it.
            if _valid(year, extra):
                found.append(CveMention(f"CVE-{year}-{extra}", match.start()))
    return found


def normalise_cves(text: str) -> str:
    """The text with every valid CVE mention written out in full: `CVE‑2024‑7344` (other dashes),
    `cve-2024-7344`, `CVE 2024-7344` and the shorthand `CVE-2024-7344 / 7345` become
    `CVE-2024-7344` and `CVE-2024-7344 / CVE-2024-7345`. Quotations of an article use it so that
    the published text names each id in the one spelling readers search for."""

    def full(match: re.Match[str]) -> str:
        year, number = int(match.group(1)), match.group(2)
        if not _valid(year, number):
            return match.group(0)
        continuation = _CONTINUATION.sub(
            lambda extra: f"CVE-{year}-{extra.group(1)}" if _valid(year, extra.group(1)) else extra.group(0),
            match.group(3) or "",
        )
        return f"CVE-{year}-{number}{continuation}"

    folded = fold_cves(text)
    if folded is text:
        return _CVE.sub(full, text)
    # Only the ids are rewritten: the rest of the text keeps its characters.
    pieces, end = [], 0
    for match in _CVE.finditer(folded):
        pieces += [text[end : match.start()], full(match)]
        end = match.end()
    return "".join([*pieces, text[end:]])


def unique_cves(text: str) -> list[str]:
    """Distinct valid CVE ids in order of first appearance."""
    return list(dict.fromkeys(mention.cve for mention in find_cves(text)))


_CVE_TOKEN = re.compile(rf"\bCVE[{_DASH}/][\w{_DASH}/]*", re.I)
_SHORTHAND = re.compile(
    rf"\bCVE-[0-9]{{4}}-[0-9]{{4,7}}\s*(?:/|,|&|\bet\b|\band\b)\s*[{_DASH}]?[0-9]{{4,7}}\b(?![{_DASH}][0-9])",
    re.I,
)
_STRICT = re.compile(r"CVE-[0-9]{4}-[0-9]{4,7}")
# A full id followed by punctuation that is not part of it: a dash before a word
# ("CVE-2024-57727—a path traversal", "CVE-2024-57727-based"), a slash before the next id.
_ADJACENT = re.compile(
    rf"(CVE-[0-9]{{4}}-[0-9]{{4,7}})(?:[{_DASH}]+(?=[^0-9{_DASH}])|/+(?=CVE))(.*)", re.I | re.S
)


def _mentions(token: str) -> list[str]:
    """The ids a token glued by punctuation holds: `CVE-2024-1—a` → [`CVE-2024-1`, ...]."""
    parts = []
    while (match := _ADJACENT.fullmatch(token)) is not None:
        parts.append(match.group(1))
        token = match.group(2)
        if not token.upper().startswith("CVE"):
            return parts
    return [*parts, token]


def malformed_cves(text: str) -> list[str]:
    """CVE mentions a published text must not contain: anything but `CVE-YYYY-NNNN` in ASCII,
    in capitals, written out in full (no placeholder, no shorthand list), and ids that cannot
    exist (`CVE-2031-99999` while it is 2026). Punctuation around a well-formed id is not part
    of it. Ids are looked for in the folded text (`fold_cves`) and reported as the text spells
    them: `ＣＶＥ-2025-１２３４` is malformed."""
    folded = fold_cves(text)
    tokens = [part for m in _CVE_TOKEN.finditer(folded) for part in _mentions(text[m.start() : m.end()])]
    ids = [token.rstrip("./" + _DASHES) for token in tokens]
    bad = [token for token in ids if not _STRICT.fullmatch(token)]
    # A well-formed id that cannot exist (a year before the list began or after next year, a
    # zero-padded long number) is as invented as a placeholder: find_cves ignores it, so without
    # this the guard would neither ground it nor refuse it.
    bad += [token for token in ids if _STRICT.fullmatch(token) and not _valid(int(token[4:8]), token[9:])]
    bad += [text[match.start() : match.end()] for match in _SHORTHAND.finditer(folded)]
    return bad
