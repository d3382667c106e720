"""Days and months a text is dated to, in English, French, Dutch and German: a daily page's
headline names its day ("Stormcast For Friday, August 1st", "(Tue, Aug 12th)", "26 août"), a
monthly release's its month ("Patch Tuesday, August 2025")."""

from __future__ import annotations

import re
import unicodedata

# Month names in English, French, Dutch and German (folded), for the month a headline is about.
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            "january jan janvier janv januari januar",
            "february feb fevrier fevr februari februar",
            "march mar mars maart marz",
            "april apr avril avr",
            "may mai mei",
            "june jun juin juni",
            "july jul juillet juil juli",
            "august aug aout augustus",
            "september sep sept septembre",
            "october oct octobre oktober",
            "november nov novembre",
            "december dec decembre dezember",
        ],
        start=1,
    )
    for name in names.split()
}
_MONTH_WORD = "|".join(sorted(MONTHS, key=len, reverse=True))
# A month next to a day or a year ("August 2025", "Aug 12th", "12 août"): "may" alone is a verb.
_DATED_MONTH = re.compile(
    rf"(?<!\w)({_MONTH_WORD})\.?(?:,?\s+\d{{1,2}}(?:st|nd|rd|th|er)?(?!\w)|\s+\d{{4}}(?!\w))"
    rf"|(?<!\w)\d{{1,2}}(?:st|nd|rd|th|er)?\s+(?:of\s+)?({_MONTH_WORD})(?!\w)"
)
# A day of a month ("August 1st", "(Tue, Aug 12th)", "26 août"): a daily page's headline (one
# outlet's podcast of the day, a diary) names its day, and another day's is another page.
_DAY_OF_MONTH = re.compile(
    rf"(?<!\w)({_MONTH_WORD})\.?\s+(\d{{1,2}})(?:st|nd|rd|th|er)?(?![\w:.,]\d)(?!\w)"
    rf"|(?<![\w.,:])(\d{{1,2}})(?:st|nd|rd|th|er)?\s+(?:of\s+)?({_MONTH_WORD})(?!\w)",
    re.IGNORECASE,
)
_VERB_MONTHS = {"may", "mar"}  # English words too: a month only when capitalised
# A date a headline gives as a start or a deadline ("Meta to train AI on EU data from May 27",
# "law bans default passwords starting April 2024", "à partir du 27 mai", "ab 27. Mai") is when
# something will happen, not the day or month the page is about: two reports of the plan may be
# dated differently. Matched on the folded words just before the date.
_DEADLINE = re.compile(
    r"(?<!\w)(?:from|starting|starts|effective|until|till|by|before|as of|beginning|"
    r"a partir du|a partir de|des le|jusqu'au|jusqu'en|avant le|ab|vanaf|tot|bis)\s+(?:the\s+|le\s+)?$"
)


def _deadline(text: str, start: int) -> bool:
    """Whether the date found at `start` of `text` follows a start or deadline word."""
    before = "".join(
        c
        for c in unicodedata.normalize("NFKD", text[max(0, start - 24) : start])
        if not unicodedata.combining(c)
    )
    return bool(_DEADLINE.search(before.casefold().replace("’", "'")))


def months_of(folded: str, dated: bool = False) -> frozenset[int]:
    """Months (1–12) a folded text (lower case, no accents) names next to a day or a year;
    `dated`: only those it is dated to (a headline's), not a start or a deadline it gives."""
    return frozenset(
        MONTHS[m.group(1) or m.group(2)]
        for m in _DATED_MONTH.finditer(folded)
        if not (dated and _deadline(folded, m.start()))
    )


def days_of(text: str, dated: bool = False) -> frozenset[tuple[int, int]]:
    """(month, day) pairs a text names ("Friday, August 1st" → (8, 1); "le 26 août" → (8, 26));
    "may 12" in lower case is a verb and a number, not a day. `dated`: only the days it is dated
    to (a headline's), not a start or a deadline it gives ("from May 27")."""
    found = set()
    decomposed = unicodedata.normalize("NFKD", text)
    unaccented = "".join(c for c in decomposed if not unicodedata.combining(c))
    for m in _DAY_OF_MONTH.finditer(unaccented):
        month, day = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if month.casefold() in _VERB_MONTHS and not month[0].isupper():
            continue
        if dated and _deadline(unaccented, m.start()):
            continue
        if 1 <= int(day) <= 31:
            found.add((MONTHS[month.casefold()], int(day)))
    return frozenset(found)
