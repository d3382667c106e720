"""A report's figure said with what it counts, in French, from its own sentence: "5,200
ransomware attacks" → "5 200 attaques par rançongiciel", "18% of victims" → "18 % des victimes",
"plus de 1 240 attaques". A number whose sentence does not say what it counts in words this
glossary knows is not stated: "Chiffres avancés : 5 200 et 18 %." told the reader nothing, and a
guess would be an invention.
"""

from __future__ import annotations

import re

from veilleur.brief.amounts import QUALIFIERS
from veilleur.text.french import of_amount

# English plural noun → (French plural, feminine). Compounds first: they are read before their head.
_NOUNS: dict[str, tuple[str, bool]] = {
    "cyber attacks": ("cyberattaques", True), "cyberattacks": ("cyberattaques", True),
    "data breaches": ("fuites de données", True), "ip addresses": ("adresses IP", True),
    "cve identifiers": ("CVE", True), "cves": ("CVE", True), "security flaws": ("failles de sécurité", True),
    "zero-days": ("failles zero-day", True), "attacks": ("attaques", True), "victims": ("victimes", True),
    "organisations": ("organisations", True), "organizations": ("organisations", True),
    "companies": ("entreprises", True), "businesses": ("entreprises", True), "firms": ("entreprises", True),
    "enterprises": ("entreprises", True), "domains": ("domaines", False),
    "vulnerabilities": ("vulnérabilités", True), "flaws": ("failles", True), "users": ("utilisateurs", False),
    "customers": ("clients", False), "people": ("personnes", True), "individuals": ("personnes", True),
    "devices": ("appareils", False), "accounts": ("comptes", False), "records": ("enregistrements", False),
    "incidents": ("incidents", False), "breaches": ("violations de données", True),
    "servers": ("serveurs", False), "emails": ("courriels", False), "respondents": ("répondants", False),
    "websites": ("sites web", False), "sites": ("sites", False), "apps": ("applications", True),
    "applications": ("applications", True), "groups": ("groupes", False), "gangs": ("groupes", False),
    "samples": ("échantillons", False), "campaigns": ("campagnes", True), "payments": ("paiements", False),
    "hosts": ("hôtes", False), "exploits": ("exploits", False), "countries": ("pays", False),
    "systems": ("systèmes", False), "credentials": ("identifiants", False),
    "passwords": ("mots de passe", False),
    "employees": ("salariés", False), "patients": ("patients", False), "hospitals": ("hôpitaux", False),
    "schools": ("écoles", True), "cases": ("cas", False), "detections": ("détections", True),
}  # fmt: skip
# An English noun adjunct → the complement French puts after the noun.
_ADJUNCTS = {
    "ransomware": "de rançongiciel", "phishing": "d'hameçonnage", "malware": "de logiciels malveillants",
    "ddos": "DDoS", "security": "de sécurité", "data": "de données", "email": "de courriel",
    "mobile": "mobiles", "android": "Android", "cloud": "cloud",
}  # fmt: skip
# An English adjective → (masculine plural, feminine plural).
_ADJECTIVES = {
    "malicious": ("malveillants", "malveillantes"), "critical": ("critiques", "critiques"),
    "new": ("nouveaux", "nouvelles"), "unique": ("uniques", "uniques"),
    "known": ("connus", "connues"), "vulnerable": ("vulnérables", "vulnérables"),
    "exposed": ("exposés", "exposées"), "compromised": ("compromis", "compromises"),
    "infected": ("infectés", "infectées"), "active": ("actifs", "actives"),
    "exploited": ("exploités", "exploitées"), "successful": ("réussis", "réussies"),
}  # fmt: skip
# What the counted things underwent, read right after the noun → (masculine, feminine) French:
# "5,200 organisations named on extortion sites" is more than "5 200 organisations".
_PARTICIPLES = [
    (re.compile(r"(?:named|listed|posted) on (?:(?:its|their|the|data) )?(?:extortion|(?:data )?leak) "
                r"(?:sites|blogs)", re.I),
     ("cités sur des sites d'extorsion", "citées sur des sites d'extorsion")),
    (re.compile(r"(?:hit|affected|impacted|struck) by ransomware", re.I),
     ("touchés par un rançongiciel", "touchées par un rançongiciel")),
    (re.compile(r"(?:flagged as |being )?exploited in the wild", re.I),
     ("exploités dans la nature", "exploitées dans la nature")),
    (re.compile(r"taken down", re.I), ("neutralisés", "neutralisées")),
    (re.compile(r"(?:affected|impacted)(?! by)", re.I), ("touchés", "touchées")),
    (re.compile(r"targeted(?! by)", re.I), ("ciblés", "ciblées")),
    (re.compile(r"compromised(?! by)", re.I), ("compromis", "compromises")),
    (re.compile(r"infected(?! by| with)", re.I), ("infectés", "infectées")),
]  # fmt: skip
# The French nouns a French page's figure may count, copied as written.
_FRENCH_NOUNS = {fr.split(" ")[0] for fr, _ in _NOUNS.values()} | {
    "communes", "collectivités", "établissements", "particuliers", "PME", "signalements", "plaintes",
    "rançongiciels", "hôpitaux", "fuites", "cyberattaques", "sociétés", "internautes", "Français",
}  # fmt: skip
_OF = re.compile(r"\s+(?:of|among)\s+(?:the\s+|all\s+|its\s+|their\s+|those\s+)?", re.I)
_DES = re.compile(r"\s+(des|de|d['’])\s*", re.I)
_WORDS = re.compile(r"\s*([A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*){0,3})")
_FRENCH_WORD = re.compile(r"[\s\u00a0\u202f]*([A-Za-zÀ-ÿ][\w-]*)")
_BOUNDS = {**QUALIFIERS, "at least": "au moins", "au moins": "au moins", "less than": "moins de",
           "fewer than": "moins de", "moins de": "moins de"}  # fmt: skip
_QUALIFIED = re.compile(r"\b(" + "|".join(sorted(_BOUNDS, key=len, reverse=True)) + r")\s+$", re.I)
_PASSIVE = re.compile(r"\s*(?:(?:have|has|had|were|was) )?(?:been )?", re.I)


def _english_noun(after: str) -> str | None:
    """ "phishing domains taken down…" → "domaines d'hameçonnage"; None when a word before the
    noun is not known (it would change what is counted)."""
    match = _WORDS.match(after)
    words = match.group(1).lower().split() if match else []
    for length in range(len(words), 0, -1):
        for size in (2, 1):
            noun, before = " ".join(words[length - size : length]), words[: length - size]
            if length < size or noun not in _NOUNS:
                continue
            if not all(w in _ADJUNCTS or w in _ADJECTIVES for w in before):
                continue
            french, feminine = _NOUNS[noun]
            adjectives = [_ADJECTIVES[w][feminine] for w in before if w in _ADJECTIVES]
            adjuncts = [_ADJUNCTS[w] for w in before if w in _ADJUNCTS]
            if french == "attaques" and "de rançongiciel" in adjuncts:
                adjuncts[adjuncts.index("de rançongiciel")] = "par rançongiciel"
            rest = after[_end(after, words[:length]) :]
            passive = _PASSIVE.match(rest)
            rest = rest[passive.end() :] if passive else rest
            done = next((fr for p, fr in _PARTICIPLES if p.match(rest)), None)
            return " ".join([french, *adjectives, *adjuncts, *([done[feminine]] if done else [])])
    return None


def _end(after: str, words: list[str]) -> int:
    """Where the first `words` of `after` end."""
    found = re.match(r"\s*" + r"\s".join(map(re.escape, words)), after, re.I)
    return found.end() if found else len(after)


def _french_noun(after: str) -> str | None:
    word = _FRENCH_WORD.match(after)
    return word.group(1) if word and word.group(1) in _FRENCH_NOUNS else None


def counted(written: str, mention: str, sentence: str, start: int, english: bool) -> str | None:
    """The figure `written` ("5 200", "18 %"), which `sentence` writes as `mention` at `start`,
    said with what it counts ("5 200 attaques par rançongiciel", "plus de 18 % des victimes"), or
    None when the sentence does not say it in words this module knows."""
    after = sentence[start + len(mention) :]
    phrase = None
    if written.endswith("%"):
        of = (_OF if english else _DES).match(after)
        noun = (_english_noun if english else _french_noun)(after[of.end() :]) if of else None
        if of and noun:
            article = "des" if english else of.group(1).lower()
            space = "" if article in {"d'", "d’"} else " "
            phrase = f"{written} {article}{space}{noun}"
    else:
        noun = (_english_noun if english else _french_noun)(after)
        if noun:
            phrase = of_amount(written, noun) if english else f"{written} {noun}"
    if phrase is None:
        return None
    qualifier = _QUALIFIED.search(sentence[:start])
    if qualifier:
        phrase = f"{_BOUNDS[qualifier.group(1).lower()]} {phrase}"
    return phrase
