"""Whose other names an alias cue gives when no name stands right before it: the sentence's subject
is the threat named earlier, as a pronoun ("It is also known as A") or a description of it ("The
advanced persistent threat (APT), also known as A, B and C, has…", "The threat actor (aka A)"), or
the description comes after the names ("Also known as NONAME, the adversary has…")."""

from __future__ import annotations

import re

# The kind nouns a text calls a threat it named before by (guide §6: aliases are not repeated).
_KIND = (
    r"(?:group|gang|actor|operation|malware|family|adversary|threat|cluster|crew|collective|outfit|"
    r"APT|hackers|operators)"
)
# A sentence's subject right before the cue: "It is ", "It's ", "The group is ", "The threat actor, ",
# "The advanced persistent threat (APT), ", "The hacking group (" (a bracketed cue).
_SUBJECT_BEFORE = re.compile(
    r"(?:^|[.!?]\s|\n)(?:(?:It|They)\s|It['’]s\s|They['’]re\s|The\s(?:[\w-]+\s){0,3}?"
    rf"{_KIND}(?:\s\([A-Z]{{2,6}}\))?(?:,\s|\s(?=\()|\s))(?:(?:is|are|was|were|has been)\s)?$"
)
# A cue opening its sentence, then the names and the subject described: "Also known as NONAME, the
# adversary has…", "Also tracked as A and B, this group…".
_SUBJECT_AFTER = re.compile(
    r"(?:Also known as|Also tracked as|Also called|Tracked (?:as|under the (?:names?|monikers?)))\s"
    rf"[^.;\n]{{1,160}}?,\s(?:the|this)\s(?:[\w-]+\s){{0,2}}?{_KIND}\b"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s|\n)$")


def subject_of_cue(text: str, cue: int) -> bool:
    """Whether the alias cue at `cue` gives other names of the sentence's subject, a threat the
    text named before (a pronoun or a description of it, before or after the names)."""
    if _SUBJECT_BEFORE.search(text, max(0, cue - 60), cue):
        return True
    if not _SENTENCE_START.search(text, max(0, cue - 2), cue):
        return False
    return _SUBJECT_AFTER.match(text, cue) is not None
