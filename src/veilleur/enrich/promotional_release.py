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

from veilleur.enrich.cves import unique_cves
from veilleur.enrich.house_news import ATTRIBUTION, MAX_OWN_VOICE, own_voice
from veilleur.enrich.promotional_words import site_pattern
from veilleur.enrich.relevance_terms import strongest
from veilleur.enrich.threat_mentions import threat_mentions
from veilleur.text.prefilter import screened

_NOW_AVAILABLE = screened(r"(?<!\w)(?:is|are) now (?:generally )?available|now generally available", re.I)
# A headline labelled with a product's name and its dotted version ("Certbot 4.0: Long Live Short-Lived
# Certs!", "Examplesoft Scanner 2.3 – faster scans"): the release note's own label (GUIDE.md §13: a
# maker's release note for its security tool is promotional). Not a threat's or an operation's next
# version ("Session Hijacking 2.0 — …", "Operation Serengeti 2.0: …", "Log4j 2.17.1: another flaw
# fixed"): a headline naming a threat or a security word above the weak context ones (security,
# encryption: WEAK_WORDS) is news, and so is one a third party reports (_reported). A version's major
# number has one or two digits: "Nota Técnica 2021.003:" is a year's technical note, no release.
_VERSION_LABEL = re.compile(r"^[\w.-]+(?: [\w.-]+)? v?\d{1,2}\.\d+(?:\.\d+)*\s?[:–—]")
WEAK_WORDS = 1.0
# The maker's own site naming its product's update or release by number, no colon needed ("Examplesoft
# Studio tools 2306 update includes more on…", "Examplesoft Procurement 5.2 release: key changes"):
# SITE stands for the site's name, so the headline is the maker's notice of its own release. The
# number is a dotted version or a release's year and month ("2306"), never a year ("… 2024 update" is
# a yearly report's); a headline naming a threat or a security word is news, as for _VERSION_LABEL.
_OWN_RELEASE = r"^SITE(?: [\w.&-]+){0,4} (?:v?\d{1,2}\.\d+(?:\.\d+)*|(?!19|20[0-3])\d{4}(?:\.\d+)?) (?:update|release)s?(?!\w)"
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
    site = host.split(".")[-2] if host.count(".") else ""
    own = site_pattern(_OWN_RELEASE, site).search(title) if len(site) >= 3 else None
    if release is None and (labelled := _VERSION_LABEL.search(title) or own):
        news = unique_cves(title) or threat_mentions(title) or strongest(title) > WEAK_WORDS
        release = None if news else labelled
    if release is None or _reported(title, text, host):
        return ""
    return f"promotional headline: {release.group(0)!r}"
