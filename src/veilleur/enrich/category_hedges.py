"""Words of a kind of event that name no event: what a protection guards against, an attack feared or
supposed, what an analyst takes apart, the kinds an essay's lead discusses.

The guide (bench/data/intel/GUIDE.md §4) decides a page's kind from the main event of its headline and lead.
Some leads name a kind without any such event: "protections that safeguard users against threats like
malware" (a product's feature, research and tools), "to protect themselves from a possible supply chain
attack" (a fix that keeps one out), "in case of an outage of your primary connection" (a practice prepared
for one), "when analyzing a potentially malicious PDF, … Analyzing an Encrypted Phishing PDF" (a handler's
craft), and a headline's "supply chain attack scare" (an attack feared, that did not happen). category.py
reads the lead, and the headline's scares, without them. And a lead that presents the page as an essay or
article on a subject ("Long article on the difficulty of human spying…") is a view on a kind of event, not
that event (the guide: opinion is `other`): category_review.view_piece reads its kinds as its occasion.
"""

from __future__ import annotations

import re

# Kinds' words guarded against, prepared for, supposed or analysed (EN/FR/DE/NL): the phrase from its
# opening word to the end of its clause.
_HEDGED = re.compile(
    r"(?<!\w)(?:"
    # what a protection or a feature keeps out ("protections that safeguard users against threats like
    # malware", "to protect themselves from a possible supply chain attack")
    r"(?:protect\w*|safeguard\w*|shield\w*|defen[cds]\w*|guard\w*|protég\w*|protèg\w*|schütz\w*|beschermt?\w*)"
    r"\b[^.;:!?]{0,60}?\b(?:against|from|contre|gegen|vor|tegen)\b[^.;:!?()]{0,80}|"
    # a kind given as one example of threats ("threats like malware, spam and scams")
    r"threats? (?:like|such as|including)\b[^.;:!?()]{0,80}|"
    # a mishap prepared for, not one that happened ("in case of an outage of your primary connection")
    r"(?:in (?:the )?case of|in the event of|en cas d['’]?e?|im falle? (?:eines?|von)|in geval van)\b[^.;:!?()]{0,60}|"
    # what something could be used for ("software that could be used for espionage, ransomware and spam")
    r"(?:could|can|might|may) be used (?:for|to|in)\b[^.;:!?()]{0,80}|"
    # what an analyst takes apart ("analyzing a potentially malicious PDF", "Analyzing an Encrypted Phishing PDF")
    r"analy[sz](?:e|es|ed|ing)\b[^.;:!?()]{0,60}"
    r")",
    re.I,
)
# An attack feared, not one that happened ("after supply chain attack scare", "ransomware scare"): the words
# before "scare" in its noun phrase.
_SCARE = re.compile(r"(?:[\w-]+ ){0,4}scares?\b", re.I)
# A lead that opens by presenting the page as a piece of writing on a subject ("Long article on…",
# "Interesting essay about…", "Good interview with…"): a blog's pointer to a view, not a report.
_ESSAY_LEAD = re.compile(
    r"\A\W{0,3}(?:(?:a |an )?(?:long|short|interesting|good|great|new|fascinating|excellent|thoughtful|"
    r"really |very |worth(?:while)?|detailed)[ -]?)*"
    r"(?:article|essay|op-?ed|piece|book|interview|talk|long-?read|profile)s? (?:on|about|by|with|from|in)\b",
    re.I,
)


def hedges_removed(lead: str) -> str:
    """The lead without its phrases whose kinds' words name no event (see the module's doc)."""
    return _HEDGED.sub(" ", lead)


def scares_removed(title: str) -> str:
    """The headline without an attack it calls a scare."""
    return _SCARE.sub(" ", title)


def essay_lead(text: str) -> bool:
    """The article opens by presenting itself as an essay, an article or an interview on a subject."""
    return _ESSAY_LEAD.match(text) is not None
