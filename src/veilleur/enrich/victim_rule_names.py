"""What a trigger rule's name stands for (`victims.rule_reads`): a security or police agency that a
breach verb acts on is a victim, its country's opening dropped ("breached two systems of the US
CISA"); a firm written with its domain is named as the text also writes it ("Valmont-Hotels.com")."""

from __future__ import annotations

import re

# A verb that says its object was broken into ("breached two systems of the US CISA"), and the
# country a body's name may open with ("US", "UK"): the agency the verb hit, not its country.
_BREACH_VERB = re.compile(r"(?i)\b(?:attacked|breached|hacked|compromised|infiltrated)\s")
COUNTRY_OPENING = re.compile(r"^(?:US|U\.S\.|UK|EU)\s(?=[A-Z])")
# Security and police agencies (`_STOP_NAMES`): they report attacks, but one a breach verb acts on was hit.
_AGENCIES = frozenset({"cisa", "fbi", "nsa", "europol", "cybersecurity and infrastructure security agency"})


def breached_agency(name: str, before: str) -> bool:
    """Whether `name`, which `before` (the rule's words up to it) says a verb broke into, is a
    security or police agency: a victim then, though such agencies usually report."""
    return bool(_BREACH_VERB.search(before)) and COUNTRY_OPENING.sub("", name).casefold() in _AGENCIES


_DOMAIN_END = re.compile(r"\.(?:com|net|org|io|co)$")


def without_domain(name: str, text: str) -> str:
    """The firm's name for its domain ("hotel company Valmont-Hotels.com") when the text also writes
    the name without it ("Valmont-Hotels, a hotel chain"): one firm, named as it calls itself."""
    bare = _DOMAIN_END.sub("", name)
    if bare != name and re.search(rf"(?<![\w.-]){re.escape(bare)}(?![\w-]|\.\w)", text):
        return bare
    return name


# What of an organisation's a Title Case headline says was hit, after its name: "X Official Site
# Hacked", "X Website Defaced" (lower case, "site" is read by `victims._BEFORE_EN` itself).
ITS_SITE = re.compile(r"\s(?:Official\s)?(?:Web\s?)?(?:[Ss]ites?|[Ww]ebsites?)$")


# "attackers target Zyxel RCE vulnerability": what follows a rule's name is a product's flaw, no victim.
PRODUCT_FLAW = re.compile(
    r"(?i)(?:\w+\s){0,2}?(?:rce|zero-day|0-day|flaws?|bugs?|vulnerabilit\w*|exploits?|devices|instances|"
    r"firewalls?|appliances?|servers?|products?|software)\b"
)
# Verbs a Title Case headline writes before a kind of data ("Talvox Confirms Data Breach").
TITLE_VERB = re.compile(
    r"(?i)confirm\w*|report\w*|disclos\w*|suffer\w*|says|said|admit\w*|hits?|investigat\w*|probes?|notif\w*|"
    r"detects?|warns?|reveals?|exposes?|leaks?|loses?|lost|faces?"
)
