"""The policy words of a lead under a headline that names no kind of event: a rule's author, or the
story's setting.

A lead that names a government, a ministry, a law or a regulator ("the Government Communications
Headquarters sought a lead cyber security expert", "a legit FBI email account", "the Kremlin's
propaganda") makes the page `policy-regulation` only when the page is about a rule or a government's act
(bench/data/intel/GUIDE.md §4: laws, regulations, government strategies and orders). When the article
goes on to name some kind of event more often than it names policy, the government is the setting: the
victim, the employer, the buyer or the backdrop of what the page tells, and that kind is the page's
(rule 7 files policy last, after every kind of event).
"""

from __future__ import annotations

import re

from veilleur.enrich.category_defeat import protection_defeated
from veilleur.enrich.category_vocabulary import PATTERNS, at
from veilleur.models import Category

# Policy words that name a government, its seat or its head rather than a rule or an act (EN/FR/DE/NL): the
# policy vocabulary's (category_words.py) words of that sort, each read whole.
_SETTING = re.compile(
    r"(?:government|gouvernement|ministry|white house|kremlin|putin|(?:trump|biden) administration|"
    r"downing street|élysée|matignon|kabinet|bundesregierung|bundestag|congress|parliament|senat\w*)",
    re.I,
)
# An event kind outweighs the policy words when the article names it at least this often (category.MIN_SCORE).
_MIN = 3
# Kinds of event, in the guide's rule order, that outweigh a lead's policy words when the article names them more.
_EVENTS = (Category.LAW_ENFORCEMENT, Category.RANSOMWARE, Category.VULNERABILITY, Category.APT_ESPIONAGE,
           Category.DATA_BREACH, Category.DDOS, Category.MALWARE_CAMPAIGN, Category.FRAUD_PHISHING)  # fmt: skip


def lead_weak_kind(lead: str, text: str) -> str:
    """The lead's first policy or research kind (policy first, as the guide's rule 7 has it); a lead's policy
    words give way to the kind of event the article names more often than policy; researchers showing that a
    protection can be defeated have found a flaw (category_defeat.py)."""
    kind = next((k for k in (Category.POLICY_REGULATION, Category.RESEARCH_TOOLING) if at(k, lead) >= 0), "")
    if kind in {"", Category.RESEARCH_TOOLING} and protection_defeated(lead):
        return Category.VULNERABILITY
    if kind != Category.POLICY_REGULATION:
        return kind
    setting = _government_setting(lead)
    if setting:
        return setting  # the government is the victim, the owner or the user of what was hit, not the subject
    policy = PATTERNS[kind].count(text)
    counts = {k: PATTERNS[k].count(text) for k in _EVENTS}
    heaviest = max(_EVENTS, key=lambda k: counts[k])
    return heaviest if counts[heaviest] > max(policy, _MIN - 1) else kind


def _government_setting(lead: str) -> str:
    """The first kind of event the lead names when its only policy words name a government or its seat, not
    a rule or an act ("Criminals are selling access to FBI and government email accounts … compromised",
    "published data from the app used by White House officials, which led to a database dump"): the
    government is the setting of that event, which the guide files by its kind (rule 7 files policy last)."""
    words = [m.group(0) for m in PATTERNS[Category.POLICY_REGULATION].finditer(lead)]
    if not words or not all(_SETTING.fullmatch(word) for word in words):
        return ""
    # (a state's spies are no setting: a government beside them is a party to the story, policy's or espionage's)
    if PATTERNS[Category.APT_ESPIONAGE].first(lead) >= 0:
        return ""
    return next((k for k in _EVENTS if PATTERNS[k].first(lead) >= 0), "")
