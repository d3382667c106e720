"""The byline of a Markdown or text capture (a page rendered to text before it reached us): the
line under the headline that gives the date and the author, as the capture wrote it.

Captures keep what the page showed: "*<icon>*Jul 24, 2024*<icon>*Jane RoeCybersecurity / Cloud"
(icon-font glyphs, of Unicode's Private Use Area, before the date and the author; the page's
topic labels glued to the name), or a line "By Jane Roe" / "Par Marie Exemple". HTML pages have
their own reader (extract/html.page_byline, on the page extract_html parses).
"""

from __future__ import annotations

import re

# How far into the capture the byline is looked for: under the headline, above the article.
HEAD_CHARS = 6000
_PUA = "\ue000-\uf8ff"
_DATE = r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Za-zéû]{3,9}\.? \d{4}|\d{4}-\d{2}-\d{2})"
# A date after an icon glyph, then another glyph and the author's name (to the line's end).
_ICON_BYLINE = re.compile(
    rf"[{_PUA}]\W{{0,3}}{_DATE}\W{{0,3}}[{_PUA}]\W{{0,3}}(?P<name>[^\n*{_PUA}]{{2,120}})"
)
_BY_LINE = re.compile(r"^\W{0,3}(?:by|par|von|door|di)\s+(?P<name>[^\n]{2,60}?)\W{0,3}$", re.I | re.M)
# Where a name runs into the labels the capture glued after it ("Jane RoeCybersecurity"; not
# "McKinney").
_GLUED = re.compile(r"(?<=[a-zà-ÿ]{3})(?=[A-Z])")
# A Markdown link, whole or cut ("[Jane Roe](/staff/jane-roe"): its text is the name.
_LINK = re.compile(r"\[([^\]\n]*)\](?:\([^)\n]*\)?)?")


def capture_byline(text: str) -> str:
    """The author a capture's head gives ("" when none): at most one name, its glued labels cut."""
    head = text[:HEAD_CHARS]
    found = _ICON_BYLINE.search(head) or _BY_LINE.search(head)
    if found is None:
        return ""
    name = _GLUED.split(_LINK.sub(r"\1", found.group("name")), maxsplit=1)[0]
    return " ".join(name.split())[:80]
