"""Tags crowded with attributes, found in linear time before any parser sees them.

Parsers check each attribute against the tag's previous ones (libxml2's HTML parser, Python's
SAX attributes used by feedparser): a tag with 100 000 attributes costs from 20 s to minutes, and
no real page or feed puts hundreds on one tag. A start tag is read as HTML/XML read it — quoted
values may hold `>`, attributes may have no value or no space between them — with possessive
quantifiers and up to its `>` only, so each `<` starts at most one scan that stops at the next
`<`: linear whatever the input. Text that only looks like a tag (in a script, a comment) is never
a tag that ends with `>` after hundreds of attributes. Not seen: a `<` inside a quoted value
(legal in HTML, not in XML).
"""

from __future__ import annotations

import re

MAX_TAG_ATTRIBUTES = 500
_SHORT_TAG_CHARS = 2000  # 500 attributes take at least this many characters
_START_TAG = re.compile(
    r"""<([A-Za-z_][^\s/>"'<=]*+)((?:\s*+(?:"[^"<]*+"|'[^'<]*+'|[^\s"'<>/=]++|=|/(?!>)))*+)(?=\s*+/?>)"""
)
# Names and unquoted values outside quotes: counts attributes up to a factor of two.
_WORD = re.compile(r"""("[^"]*+"|'[^']*+')|[^\s"'<>/=]++""")


def attribute_count(attributes: str) -> int:
    """About how many attributes a start tag's text carries (names and unquoted values)."""
    return sum(1 for match in _WORD.finditer(attributes) if match.group(1) is None)


def most_attributes(markup: str) -> int:
    """The largest attribute count of a start tag in `markup` (0 when every tag is short)."""
    counts = (
        attribute_count(match.group(2))
        for match in _START_TAG.finditer(markup)
        if len(match.group(2)) >= _SHORT_TAG_CHARS
    )
    return max(counts, default=0)


def uncrowded(markup: str) -> str:
    """`markup` where every start tag carrying more than MAX_TAG_ATTRIBUTES attributes keeps its
    name only."""

    def bare(match: re.Match[str]) -> str:
        if len(match.group(2)) < _SHORT_TAG_CHARS or attribute_count(match.group(2)) <= MAX_TAG_ATTRIBUTES:
            return match.group(0)
        return f"<{match.group(1)}"

    return _START_TAG.sub(bare, markup)
