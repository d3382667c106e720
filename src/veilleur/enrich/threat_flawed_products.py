"""A product whose flaw the text tells is no malware, even when its name ends with a malware kind's word:
"NVIDIA Container Toolkit Vulnerability", "a flaw in the Example Backup Toolkit" name a vendor's
toolkit, where "the AlienFox toolkit harvests keys" names a family. Read by `new_threats`."""

from __future__ import annotations

import re
from functools import lru_cache

# A flaw's word right after the name and its kind word: "X Toolkit Vulnerability", "X Toolkit flaw",
# "X Toolkit (CVE-…)", "X Toolkit versions up to 1.17.3" (a version alone may be a family's too).
_FLAW_AFTER = re.compile(
    r"\s(?i:vulnerabilit(?:y|ies)|flaws?|bugs?|security\s(?:hole|issue|update|advisory)|"
    r"\(all\sversions|(?:versions?\s)?(?:before|prior\sto|up\sto)\s\d)|\s\(?CVE-\d"
)
# A flaw's word before it: "a vulnerability in the X Toolkit", "flaws in X Toolkit".
_FLAW_BEFORE = re.compile(
    r"(?i:vulnerabilit(?:y|ies)|flaws?|bugs?|CVE-\d{4}-\d+|patched|affects?|affecting)\s(?:\w+\s){0,2}?"
    r"(?:in|of|on)\s(?:the\s)?$"
)


# Every word either pattern needs, in one: a text without any has no flawed product, and a page naming
# thousands of unknown families ("the Zork1 ransomware gang …") is then not searched once per name.
_ANY_FLAW_WORD = re.compile(
    r"vulnerabilit|flaw|bug|security\s(?:hole|issue|update|advisory)|\(all\sversions|"
    r"(?:before|prior\sto|up\sto)\s\d|CVE-\d|patched|affect",
    re.I,
)


@lru_cache(maxsize=4)
def _tells_flaws(text: str) -> bool:
    return _ANY_FLAW_WORD.search(text) is not None


def flawed_product(text: str, name: str, kind_word: str) -> bool:
    """Whether somewhere the text gives `name` followed by `kind_word` ("NVIDIA Container" "Toolkit") a
    flaw's word after or before it: a vulnerable product's name, no family's."""
    if not _tells_flaws(text):
        return False
    whole = f"{name} {kind_word}"
    for match in re.finditer(re.escape(whole), text, re.I):
        if _FLAW_AFTER.match(text, match.end()) or _FLAW_BEFORE.search(
            text[max(0, match.start() - 60) : match.start()]
        ):
            return True
    return False
