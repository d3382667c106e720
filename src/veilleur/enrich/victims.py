"""Named organisations attacked or breached, with their sectors.

News states a victim in a few ways, in every language: the organisation then what happened to it
("La clinique André Renard a été victime d'une cyber-attaque", "AZ Monica was hit by"), or the
attack then the organisation ("cyberattack on AZ Monica", "cyberaanval op het ziekenhuis van
Roeselare"). We find those triggers and read the organisation's name next to them.
"""

from __future__ import annotations

import re

# An organisation's name: an optional institution word, then capitalised words, which may be
# joined by short lower-case particles ("Centre hospitalier de Valmont", "Bank of America").
_INSTITUTION = (
    r"(?:clinique|hôpital|hopital|centre hospitalier|CHU|CHR|AZ|ziekenhuis|hospital|clinic|university|"
    r"université|universiteit|commune|ville|mairie|gemeente|stad|city of|ministère|ministry|département|"
    r"région|province|provincie|groupe|group|société|banque|bank|école|school|universität|krankenhaus|"
    r"klinikum|stadt|gemeinde)"
)
_NAME = (
    rf"(?:{_INSTITUTION}\s(?:(?:de|du|des|of|van|der|von)\s|d')?)?[A-Z0-9ÀÂÉÈÊÎÔÛÇ][\w'’&.-]*"
    r"(?:\s(?:(?:de|du|des|d'|of|the|van|der|den|la|le|l'|et|and|&|für|am)\s)?[A-Z0-9ÀÂÉÈÊÎÔÛÇ][\w'’&.-]*){0,5}"
)
_BEFORE = re.compile(
    rf"(?P<name>{_NAME})(?:,?\s(?:à|in|en|te|de|from|aus|near|près de)\s[A-Z][\w-]+)?,?\s"
    # An apposition between the name and the verb: "Valmont, une ville fictive, a été victime".
    r"(?:[a-zà-ÿ][^,.;()]{2,60},\s)?"
    r"(?:\([^)]{0,40}\)\s)?(?i:"
    r"(?:a été|ont été|est|sont|has been|have been|was|were|is|werd|is|zijn|wurde|ist|has|says it|said it|"
    r"confirmed|confirme|a confirmé|disclosed|a subi|suffered|reported)\s(?:\w+\s){0,2}?"
    r"(?:victime|la cible|ciblée?s?|visée?s?|touchée?s?|frappée?s?|paralysée?s?|piratée?s?|attaquée?s?|"
    r"hit|attacked|breached|targeted|compromised|hacked|struck|crippled|disrupted|victim|"
    r"a (?:data breach|cyberattack|cyber attack|ransomware attack|security incident|breach)|"
    r"une (?:cyberattaque|cyber-attaque|attaque|fuite de données|intrusion)|"
    r"getroffen|gehackt|aangevallen|slachtoffer|opfer|angegriffen|gehackt|lahmgelegt))",
)
# Headlines drop the auxiliary: "La clinique X victime d'une cyberattaque", "X hit by ransomware".
_HEADLINE = re.compile(
    rf"(?m)^(?:(?i:le|la|les|l'|the)\s)?(?P<name>{_NAME})\s(?i:victime\sd(?:e\s|['’])|"
    r"(?:paralysée?s?|touchée?s?|frappée?s?|visée?s?|ciblée?s?|piratée?s?)\spar\s|"
    r"(?:hit|struck|crippled|targeted|hacked|disrupted)\sby\s)"
)
_AFTER = re.compile(
    r"(?i:(?:cyberattaque|cyber-attaque|attaque(?: informatique)?|piratage|fuite de données|intrusion|"
    r"cyberattack|cyber attack|ransomware attack|attack|breach|hack|cyberaanval|aanval|hack|"
    r"cyberangriff|angriff|hackerangriff)\s(?:contre|visant|chez|on|at|against|targeting|affecting|op|bij|"
    r"tegen|auf|gegen)\s(?:(?:l'|la |le |les |the |het |de |die |der |das )?))"
    rf"(?P<name>{_NAME})"
)
_STOP_NAMES = set(
    """
    il elle ils elles it they he she we the le la les un une des this that ce cette lundi mardi mercredi
    jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday sunday selon according
    """.split()
)

SECTORS: dict[str, str] = {
    "healthcare": r"hôpita\w*|hopita\w*|clinique|centre hospitalier|chu\b|chr\b|hospital\w*|clinic\w*|health\w*|"
    r"santé|medical|médical|patients?|ziekenhui\w*|zorg\w*|krankenh\w*|klinik\w*|\baz\s[A-Z]",
    "government": r"gouvernement|ministère|ministry|government|commune|mairie|municipal\w*|city council|"
    r"gemeente|stadsbestuur|federal|fédéral|administration|agency|agence|public body|stadt\w*|behörde",
    "education": r"universit\w*|école|school\w*|college|lycée|académie|campus|hogeschool|hochschule",
    "finance": r"banque|bank\w*|assurance|insurance|insurer|financ\w*|crypto exchange|verzekeraar|versicherung",
    "retail": r"retail\w*|commerce|magasin|supermarch\w*|store chain|e-commerce|winkel\w*|einzelhandel",
    "manufacturing": r"manufactur\w*|usine|industri\w*|factory|fabrikant|hersteller|automaker|constructeur",
    "technology": r"software|logiciel\w*|saas|cloud provider|tech company|éditeur|it services|hosting",
    "telecom": r"télécom\w*|telecom\w*|opérateur|operator|mobile network|isp\b|telco",
    "energy_utilities": r"énergie|energy|utilit\w*|électricité|electricity|gas\b|gaz\b|water|eau\b|pipeline",
    "transport": r"transport\w*|airport|aéroport|airline|compagnie aérienne|rail\w*|port\b|logisti\w*|"
    r"luchthaven|flughafen",
    "media": r"média\w*|media|newspaper|journal|broadcaster|télévision|television|radio|omroep",
}
_SECTOR_PATTERNS = {sector: re.compile(rf"(?<!\w)(?:{p})", re.I) for sector, p in SECTORS.items()}


def sectors_of(text: str) -> list[str]:
    """Sectors named in the text, most mentioned first."""
    counts = {sector: len(pattern.findall(text)) for sector, pattern in _SECTOR_PATTERNS.items()}
    return [sector for sector, count in sorted(counts.items(), key=lambda kv: -kv[1]) if count]


def _clean(name: str) -> str:
    name = name.split("\n", 1)[0]  # a title line and the next one are not one name
    name = name.strip(" ,.'’")
    name = re.sub(r"^(?:l'|la |le |les |the |het |de |die |der |das )", "", name, flags=re.I)
    return name[:1].upper() + name[1:]


def victim_sectors(name: str, text: str) -> list[str]:
    """The victim's sectors: from its own name, else from the sentences that name it."""
    own = sectors_of(name)
    if own:
        return own[:2]
    around = " ".join(s for s in re.split(r"(?<=[.!?])\s+", text) if name in s)
    return sectors_of(around)[:1]


def find_victims(text: str) -> list[str]:
    """Names of the organisations the text says were attacked, in order, without repeats."""
    found: list[str] = []
    for pattern in (_BEFORE, _HEADLINE, _AFTER):
        for match in pattern.finditer(text):
            name = _clean(match.group("name"))
            words = name.split()
            if not words or words[0].casefold() in _STOP_NAMES or len(name) < 3:
                continue
            if name not in found:
                found.append(name)
    return found
