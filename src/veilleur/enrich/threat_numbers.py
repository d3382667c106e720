"""Numbers that are no threat's name: a galaxy lists groups and brands named by a number ("777",
"764", "888"), and the text writes numbers for years, counts and file modes."""

from __future__ import annotations

import re

# A digit and a thousands separator (comma, dot, apostrophe, no-break or thin space) next to a name
# made of digits: the name is a group of a larger number, "418,777", "1.777.000", "2'777".
_NUMBER_BEFORE = re.compile(r"\d[,.'’\u00a0\u202f]$")
_NUMBER_AFTER = re.compile(r"[,.'’\u00a0\u202f]\d")


def inside_number(text: str, start: int, end: int) -> bool:
    """Whether a galaxy name made of digits ("777", a ransomware brand) at text[start:end] is part
    of a number the text writes with separators: the records of a breach, not the group."""
    if not text[start:end].isdigit():
        return False
    return _NUMBER_BEFORE.search(text, max(0, start - 2), start) is not None or (
        _NUMBER_AFTER.match(text, end) is not None
    )


# A number is no threat's name where the text writes it as a year ("the December 2023 ransomware
# attack"), a count of threats ("15 ransomware gangs 'go dark'") or a file mode ("chmod 777 bot",
# which a galaxy's "777" ransomware matched); elsewhere it may be one ("the 764 network", "888").
def number_no_name(written: str, text: str) -> bool:
    if not written.isdigit():
        return False
    if re.fullmatch(r"(?:19|20)\d\d", written):
        return True
    count = rf"\b{written}\s(?:[\w-]+\s)?(?:gangs|groups|actors|crews|families|strains|operations)\b"
    return re.search(rf"{count}|\bchmod\s{written}\b", text) is not None
