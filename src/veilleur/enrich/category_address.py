"""What a page's address tells of its kind when the capture lost the article.

Some captures hold menus and a headline only (GUIDE.md §13: such pages are labelled from the title,
and from the url when it is telling). The address then stands in for the lost article in two ways:
the words of its slug, and the section an outlet files the article under. An outlet whose sections
are kinds of event (Security Affairs' /malware/, /apt/, /cyber-warfare-2/, /data-breach/) has
classified the article itself; when the headline names no kind strong enough to decide, that filing
is a better witness than the slug, whose words repeat the headline's and add a loose verb ("…banks
hacked" under /cyber-warfare-2/ is a state's cyber operation, not a leak).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from veilleur.enrich.category_vocabulary import PATTERNS as _PATTERNS
from veilleur.enrich.category_vocabulary import at as _at
from veilleur.models import Category

# Kinds by how many development pages' texts name them (research words in half of them, DDoS words in
# one in twenty): a page's first found word ends `names_no_kind`'s scan.
_BY_FREQUENCY = (Category.RESEARCH_TOOLING, Category.DATA_BREACH, Category.VULNERABILITY, Category.POLICY_REGULATION,
                 Category.FRAUD_PHISHING, Category.MALWARE_CAMPAIGN, Category.RANSOMWARE, Category.LAW_ENFORCEMENT,
                 Category.APT_ESPIONAGE, Category.DDOS)  # fmt: skip

# Section names that are one kind of event. Sections that mix kinds are left out: "hacking" (flaws,
# breaches, research), "cyber-crime" (ransomware, arrests, fraud), "intelligence" (spies and police),
# "hacktivism" (DDoS, defacements, leaks), "security", "breaking-news".
_SECTIONS = {
    "malware": Category.MALWARE_CAMPAIGN,
    "ransomware": Category.RANSOMWARE,
    "apt": Category.APT_ESPIONAGE,
    "cyber-warfare": Category.APT_ESPIONAGE,
    "cyberwarfare": Category.APT_ESPIONAGE,
    "data-breach": Category.DATA_BREACH,
    "data-breaches": Category.DATA_BREACH,
}


def names_no_kind(text: str) -> bool:
    """The capture's text names no kind of event (a menus-only or title-only capture, a cookie
    notice): the address's slug then stands in for the lost article. Not a count of words: a capture
    that gains or loses a sentence saying nothing of the event must keep its kind, and on development
    pages the slug decided only captures with no words at all."""
    # the vocabularies first, the most often met first (each scans the text until it finds a word),
    # and only then the galaxies' names
    return all(_PATTERNS[kind].first(text) < 0 for kind in _BY_FREQUENCY) and all(
        _at(kind, text) < 0 for kind in _PATTERNS
    )


def section_kind(url: str) -> str:
    """The kind the outlet's section names in the address ("/1234/malware/slug.html"), or ""; a
    numbered duplicate of a section ("cyber-warfare-2") is the section."""
    segments = [s for s in urlsplit(url).path.lower().split("/") if s][:-1]  # the last is the slug
    return next((kind for s in segments if (kind := _SECTIONS.get(re.sub(r"-\d+$", "", s), ""))), "")
