"""A release "now available" in a headline: the maker's own notice, or a third party's report of it?
(promotional.py asks.)

The maker announces on its own site or in its own voice ("we are releasing…"); others write it up: a
reporter attributing ("said Halcyon's director", a pot of $250K "is now available to ransomware
researchers"), a handler's diary in the first person singular ("Wireshark 4.4.0 is now available …
other new features I'll be looking at are"). GUIDE.md §13: a maker's release note is promotional,
independent press on it is not.
"""

from __future__ import annotations

import re

from veilleur.enrich.house_news import ATTRIBUTION, MAX_OWN_VOICE, own_voice
from veilleur.text.prefilter import screened

_NOW_AVAILABLE = screened(r"(?<!\w)(?:is|are) now (?:generally )?available|now generally available", re.I)
# A writer speaking for themself (the maker's notice says "we"): "I", "my", "je", "ich", "ik".
_FIRST_SINGULAR = re.compile(r"(?<!\w)(?:I|I['’](?:m|ll|ve|d)|[Mm]y|[Jj]e|[Jj]['’]ai|[Ii]ch|[Ii]k)(?!\w)")
# Statements attributed per 100 words from which the page reports what others say.
REPORTED_MIN_ATTRIBUTIONS = 0.5


def _reported(title: str, text: str, host: str) -> bool:
    """Whether the headline's release is a third party's report of it: the headline does not name
    the site, the text does not speak as the maker (own_voice) and it attributes or speaks in the
    first person singular."""
    site = host.split(".")[-2] if host.count(".") else ""
    if site and re.search(rf"(?<!\w){re.escape(site)}(?!\w)", title, re.I):
        return False
    words = len(text.split())
    if not words or own_voice(text) >= MAX_OWN_VOICE:
        return False
    attributed = 100 * len(ATTRIBUTION.findall(text)) / words
    return attributed >= REPORTED_MIN_ATTRIBUTIONS or bool(_FIRST_SINGULAR.search(text))


def makers_release(title: str, text: str, host: str) -> str:
    """Why the headline is the maker's own release notice ("" when it names no release "now
    available", or reports a third party's); `host` is the page's host name, folded."""
    release = _NOW_AVAILABLE.search(title)
    if release is None or _reported(title, text, host):
        return ""
    return f"promotional headline: {release.group(0)!r}"
