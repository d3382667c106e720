"""How sure the topic model must be to rule out a page of passing mentions, by the capture's length
(relevance.py asks).

A rights group's or a privacy column's page captured short (a standfirst and a few paragraphs, under
SHORT_CAPTURE_WORDS words: EFF's Deeplinks captures run 150 to 250) gives the model few words to be
sure with, and the same few security words in passing ("protect", "personal data", "hacker") weigh as
much there as in a long page. So for such a capture the model need only read another subject
(SHORT_PASSING_LOG_ODDS) when every other condition of the passing-mention test holds: the headline
holds no security word and names no threat, the text's security words are a few passing mentions, none
a security event's, its lead tells no attack and no security subject of policy or patching is stated.
Longer pages keep relevance.py's surer bound (SURE_PASSING_LOG_ODDS), which a guard part checked, and
so does a short page that speaks of encryption: end-to-end encryption and the scanning or backdoors
that would break it are a security subject of the rights groups' pages (GUIDE.md §3: encryption-backdoor
laws), whatever else they say ("Users Worldwide Said 'Stop Scanning Us'", "Is Mastodon Private and
Secure?" read at -31 and -21).
"""

from __future__ import annotations

import re

SHORT_CAPTURE_WORDS = 250
SHORT_PASSING_LOG_ODDS = -20.0
_ENCRYPTION = re.compile(r"(?<!\w)(?:encrypt\w*|chiffr\w*|verschlüssel\w*|versleutel\w*|crittograf\w*)", re.I)


def passing_bound(words: int, sure: float, text: str) -> float:
    """The log-odds at or below which a page of `words` words of passing mentions (`text`) is ruled out:
    `sure` (the long pages' bound) unless the capture is short and names no encryption."""
    if words >= SHORT_CAPTURE_WORDS or _ENCRYPTION.search(text):
        return sure
    return max(SHORT_PASSING_LOG_ODDS, sure)
