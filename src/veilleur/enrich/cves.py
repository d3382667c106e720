"""CVE identifiers: found in any spelling, validated, normalised.

Handles what real posts got wrong: non-ASCII hyphens (`CVE‑2024‑7344`), shorthand lists
(`CVE-2026-4670 / 5174`, `CVE-2026-4670, -4671`), lower case, and placeholders
(`CVE-2024-XXXX`, `CVE-N/A`), which are rejected because they are not digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from veilleur import clock

# Every dash a text may carry between the parts: ASCII hyphen, non-breaking hyphen, figure dash,
# en and em dashes, minus sign, small and full-width hyphen-minus.
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"
_DASH = re.escape(_DASHES)  # for character classes
_CVE = re.compile(
    rf"\bCVE[\s{_DASH}]?(\d{{4}})[{_DASH}](\d{{4,7}})\b"
    # shorthand continuations: "/ 5174", ", -5175", " and 5176", " et 5177"
    rf"((?:\s*(?:/|,|&|\band\b|\bet\b|\ben\b|\bund\b)\s*[{_DASH}]?\d{{4,7}}\b(?![{_DASH}]\d))*)",
    re.I,
)
_CONTINUATION = re.compile(rf"[{_DASH}]?(\d{{4,7}})\b")
FIRST_YEAR = 1999  # the CVE list started in 1999


@dataclass(frozen=True)
class CveMention:
    cve: str
    start: int  # character offset of the mention in the text


def _valid(year: int, number: str) -> bool:
    return FIRST_YEAR <= year <= clock.now().year + 1 and not (len(number) > 4 and number[0] == "0")


def find_cves(text: str) -> list[CveMention]:
    """Every valid CVE id in the text, in order of appearance, each with its offset."""
    found: list[CveMention] = []
    for match in _CVE.finditer(text):
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

    return _CVE.sub(full, text)


def unique_cves(text: str) -> list[str]:
    """Distinct valid CVE ids in order of first appearance."""
    return list(dict.fromkeys(mention.cve for mention in find_cves(text)))


_CVE_TOKEN = re.compile(rf"\bCVE[{_DASH}/][\w{_DASH}/]*", re.I)
_SHORTHAND = re.compile(
    rf"\bCVE-\d{{4}}-\d{{4,7}}\s*(?:/|,|&|\bet\b|\band\b)\s*[{_DASH}]?\d{{4,7}}\b(?![{_DASH}]\d)", re.I
)
_STRICT = re.compile(r"CVE-\d{4}-\d{4,7}")
# A full id followed by punctuation that is not part of it: a dash before a word
# ("CVE-2024-57727—a path traversal", "CVE-2024-57727-based"), a slash before the next id.
_ADJACENT = re.compile(rf"(CVE-\d{{4}}-\d{{4,7}})(?:[{_DASH}]+(?=[^\d{_DASH}])|/+(?=CVE))(.*)", re.I | re.S)


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
    of it."""
    tokens = [part for token in _CVE_TOKEN.findall(text) for part in _mentions(token)]
    ids = [token.rstrip("./" + _DASHES) for token in tokens]
    bad = [token for token in ids if not _STRICT.fullmatch(token)]
    # A well-formed id that cannot exist (a year before the list began or after next year, a
    # zero-padded long number) is as invented as a placeholder: find_cves ignores it, so without
    # this the guard would neither ground it nor refuse it.
    bad += [token for token in ids if _STRICT.fullmatch(token) and not _valid(int(token[4:8]), token[9:])]
    bad += [match.group(0) for match in _SHORTHAND.finditer(text)]
    return bad
