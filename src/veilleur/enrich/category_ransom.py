"""How a headline and lead use ransomware words, for category.py's overlap rules (bench/data/intel/
GUIDE.md §4, rule 2: ransomware is the event only when a ransomware attack or operation is described):
a ransomware word the lead names only beside other kinds of attack, a ransom a state's actors demand,
a ransom demanded for stolen data with nothing encrypted, a gang named as the customer of the malware
the headline is about, and a flaw named before the ransomware that exploits it.
"""

from __future__ import annotations

from veilleur.enrich import category_shapes as shapes
from veilleur.enrich.actors import ransomware_brand_at
from veilleur.enrich.category_rules import customer_before, listed_beside, named_as_example, names_attack
from veilleur.enrich.category_vocabulary import PATTERNS as _PATTERNS
from veilleur.enrich.category_vocabulary import at as _at
from veilleur.enrich.threat_mentions import threat_mentions
from veilleur.models import Category

# Kinds of attack a ransomware word may be listed beside in a lead that opens on the landscape.
LISTED_BESIDE = (Category.DATA_BREACH, Category.MALWARE_CAMPAIGN, Category.FRAUD_PHISHING, Category.DDOS,
                  Category.APT_ESPIONAGE, Category.VULNERABILITY)  # fmt: skip


def ransomware_named(lead: str, text: str) -> bool:
    """The lead names ransomware as the page's event, not in passing: a ransomware word listed beside
    another kind of attack ("amid the usual ransomware outbreaks and data breaches", "from ransomware to
    password stealers", "extortionware/ransomware campaigns"), in a page that never names ransomware
    again, is the landscape the lead opens on; so is one given as an example of a class ("With ransomware
    and other threats on business owners' minds")."""
    pattern = _PATTERNS[Category.RANSOMWARE]
    found = list(pattern.finditer(lead))
    if not found or pattern.count(text) > len(found):
        return bool(found)
    beside = [_PATTERNS[kind] for kind in LISTED_BESIDE]
    return not all(
        listed_beside(lead, m.start(), m.end(), beside) or named_as_example(lead, m.start(), m.end())
        for m in found
    )


def state_extortion(title: str) -> bool:
    """A state actor's headline whose only ransomware words are ransom demands (North Korean IT
    workers extorting employers): the guide files state operations under espionage."""
    words = [m.group(0) for m in _PATTERNS[Category.RANSOMWARE].finditer(title)]
    state = _at(Category.APT_ESPIONAGE, title) >= 0
    return bool(words) and all(shapes.BARE_RANSOM.fullmatch(w) for w in words) and state


def data_ransom(title: str, lead: str) -> bool:
    """A headline whose only ransomware words are a ransom, demanded for data it says were stolen
    or leaked ("refuses to pay ransom to avoid a leak"), and whose lead names no ransomware either:
    the guide files extortion-only theft as an information leak."""
    words = [m.group(0) for m in _PATTERNS[Category.RANSOMWARE].finditer(f"{title} {lead}")]
    bare = bool(words) and all(shapes.BARE_RANSOM.fullmatch(w) for w in words)
    said = shapes.BARE_RANSOM.search(title) is not None and ransomware_brand_at(title) < 0
    return bare and said and _at(Category.DATA_BREACH, title) >= 0


def ransomware_as_customer(title: str) -> bool:
    """A headline about malware sold, delivered or partnered to a ransomware gang ("SocGholish
    delivers access to LockBit"): the guide files it under the malware, not the gang."""
    at = _at(Category.RANSOMWARE, title)
    before = title[:at]
    if at <= 0 or not customer_before(title, at):
        return False
    return _PATTERNS[Category.MALWARE_CAMPAIGN].first(before) >= 0 or any(
        mention.kind == "malware" for mention in threat_mentions(before)
    )


def flaw_first(title: str) -> bool:
    """A flaw named before the ransomware that exploits it, with no actor or malware named before the
    flaw ("VMware ESXi flaw exploited by ransomware groups"; not "Storm-2603 exploits flaws to deploy
    Warlock ransomware", "PipeMagic trojan exploits a zero-day to deploy ransomware" nor "Hackers exploit a
    flaw to hit X with ransomware": the attackers' campaign, rule 2)."""
    flaw, ransom = _at(Category.VULNERABILITY, title), _at(Category.RANSOMWARE, title)
    if not 0 <= flaw < ransom:
        return False
    before = title[:flaw]
    malware = _PATTERNS[Category.MALWARE_CAMPAIGN].first(before) >= 0
    named = _at(Category.APT_ESPIONAGE, before) >= 0 or malware or names_attack(before)
    return not named and not threat_mentions(before)
