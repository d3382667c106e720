"""Regulators' actions, read for relevance: a data-protection authority's sanction over a breach is
security news, a market regulator's fraud charges with no attack are not (GUIDE.md §3).
"""

from __future__ import annotations

import re

from veilleur.text.prefilter import screened

# The headline and this much of the text state the page's subject.
LEAD_CHARS = 600

# A privacy regulator's fine for a data breach is a breach story (GUIDE §3: "a fine for a breach is
# kept"): the regulator's words are off-topic only when neither the headline nor the lead names a breach.
_REGULATOR = screened(
    r"(?<!\w)(?:(?:data protection|privacy) watchdogs?|(?:gendarme|garant\w*) de la vie privée|"
    r"datenschutzbehörde|data protection authority['’]?s?)",
    re.I,
)
_BREACH_NAMED = screened(
    r"(?<!\w)(?:data breach|fuite de données|violation de données|datalek|datenleck|datenpanne)", re.I
)

# A data-protection authority, by its kind ("Britain's data watchdog", "the privacy regulator") or by
# the names these authorities go by in our languages ("Information Commissioner's Office", "la CNIL",
# "Autoriteit Persoonsgegevens", "Datenschutzbehörde", "Datenschutzbeauftragte").
_DATA_AUTHORITY = re.compile(
    r"(?<!\w)(?:(?:data(?: protection)?|privacy|information) (?:watchdogs?|regulators?|authorit(?:y|ies)|"
    r"commissioner\w*)|information commissioner|(?-i:ICO|CNIL|AEPD|DPC|APD)|commission nationale de "
    r"l['’]informatique|autoriteit persoonsgegevens|gegevensbeschermingsautoriteit|datenschutzbehörde\w*|"
    r"datenschutzbeauftragte\w*|datenschutzaufsicht\w*|garante (?:per la|della) privacy|"
    r"(?:gendarme|garant\w*|autorité) de (?:la vie privée|protection des données))(?!\w)",
    re.I,
)
# Its sanction: a reprimand, a fine, a penalty, an enforcement notice, a formal notice.
_SANCTION = re.compile(
    r"(?<!\w)(?:reprimand\w*|fine[sd]?|fining|penalt(?:y|ies)|penalis\w*|penaliz\w*|enforcement notices?|"
    r"sanctionn?\w*|amendes?|mises? en demeure|rappel à l['’]ordre|beboet|boetes?|berisping|"
    r"bußgeld\w*|bussgeld\w*|verwarnung\w*|geldstrafe\w*)(?!\w)",
    re.I,
)
# The breach it sanctions: data stolen, leaked or exposed, mailed to the wrong people (a group email
# whose recipients saw each other's addresses), an attack. Not the unlawful processing the guide leaves
# out (cookies, consent, data sold), which says none of these.
_BREACH_TOLD = re.compile(
    r"(?<!\w)(?:(?:data|security|personal data) breach\w*|leak\w*|expos(?:ed|es|ing|ure)|"
    r"(?:inadvertent|accidental|mistaken|wrong|erroneous)\w* (?:disclos\w*|sen[td]\w*)|"
    r"(?:blind )?carbon cop(?:y|ies)|bcc|hack\w*|cyber-?attack\w*|ransomware|stolen|stole|"
    r"unauthori[sz]ed access|fuites?|violations? de données|piratage|piraté\w*|cyberattaque\w*|"
    r"datalek\w*|gelekt|gehackt|datenpanne\w*|datenleck\w*|cyberangriff\w*|gestohlen)(?!\w)",
    re.I,
)


def regulator_of_breach(title: str, text: str) -> tuple[str, str]:
    """(title, text) without the privacy regulator's words when a breach is named in the headline or
    the lead; unchanged otherwise."""
    if _BREACH_NAMED.search(title) or _BREACH_NAMED.search(text[:LEAD_CHARS]):
        return _REGULATOR.sub(" ", title), _REGULATOR.sub(" ", text)
    return title, text


def breach_sanctioned(title: str, text: str) -> bool:
    """Whether the headline and the lead tell a data-protection authority's sanction and the breach it
    is for ("NHS board 'reprimanded' by data watchdog" over a group email that exposed patients'
    addresses; "la CNIL sanctionne … après une fuite de données")."""
    head = f"{title}\n{text[:LEAD_CHARS]}"
    return bool(_DATA_AUTHORITY.search(head) and _SANCTION.search(head) and _BREACH_TOLD.search(head))


# A market regulator ("SEC", "Securities and Exchange Commission", "CFTC", "FCA", "AMF", "BaFin")
# charging fraud or market manipulation: financial fraud on investors, not cybercrime (GUIDE.md §3),
# unless the headline or the lead tells an attack, a theft, an online scam or a cyber subject (a hack of
# the regulator's filings, a firm's disclosures of a cyberattack, a crypto scam).
_MARKET_REGULATOR = re.compile(
    r"(?<!\w)(?:(?-i:SEC|CFTC|FCA|AMF|AFM|FSMA)|securities and exchange commission|commodity futures trading "
    r"commission|financial conduct authority|autorité des marchés financiers|bafin)(?!\w)",
    re.I,
)
_MARKET_FRAUD = re.compile(
    r"(?<!\w)(?:fraud\w*|market manipulation|manipulat\w* (?:the |of )?(?:market|prices?)\w*|wash trad\w*|"
    r"ponzi|fraude\w*|manipulation de cours|marktmanipulation|betrug\w*|marktmanipulatie)(?!\w)",
    re.I,
)
_CYBER_TOLD = re.compile(
    r"(?<!\w)(?:hack\w*|breach\w*|stole|stolen|steal\w*|theft|phish\w*|scam\w*|malware|ransomware|"
    r"cyber\w*|exploit\w*|sim[- ]swap\w*|account takeover\w*|pig[- ]butchering|piratage|gehackt|datalek\w*)(?!\w)",
    re.I,
)


def market_fraud_charges(title: str, text: str) -> bool:
    """Whether the headline and the lead tell a market regulator's fraud charges and no attack, theft
    or online scam ("SEC charges a crypto founder with fraud" over unregistered token sales)."""
    head = f"{title}\n{text[:LEAD_CHARS]}"
    return bool(
        _MARKET_REGULATOR.search(head) and _MARKET_FRAUD.search(head) and not _CYBER_TOLD.search(head)
    )
