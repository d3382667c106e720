"""French text helpers: articles and elision, gender of the nouns that name victims, plural,
lists, dates ("le 1er décembre"), numbers ("3,9 millions") and country names (from babel's CLDR
data, with the right preposition: "en Belgique", "au Canada", "aux États-Unis").

Everything here is pure and small; the briefing backends build their sentences with it.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from babel.dates import format_date
from babel.numbers import format_decimal

from veilleur.models import Category, Sector
from veilleur.text import countries

# The French name of each kind of event (models' category values): briefing headings, digest
# sections, alert labels.
CATEGORY_HEADINGS = {
    Category.RANSOMWARE: "Rançongiciel",
    Category.DATA_BREACH: "Fuite de données",
    Category.VULNERABILITY: "Vulnérabilité",
    Category.MALWARE_CAMPAIGN: "Logiciel malveillant",
    Category.APT_ESPIONAGE: "Cyberespionnage",
    Category.DDOS: "Attaque DDoS",
    Category.FRAUD_PHISHING: "Hameçonnage et fraude",
    Category.LAW_ENFORCEMENT: "Action judiciaire",
    Category.POLICY_REGULATION: "Réglementation",
    Category.RESEARCH_TOOLING: "Recherche en sécurité",
    Category.OTHER: "Cybersécurité",
}

# The French name of each sector (models' Sector values): briefings' victim details, the digest,
# the console. People are no sector a briefing names (`sector_names`).
SECTOR_NAMES = {
    Sector.HEALTHCARE: "santé",
    Sector.GOVERNMENT: "secteur public",
    Sector.EDUCATION: "enseignement",
    Sector.FINANCIAL_SERVICES: "finance",
    Sector.INSURANCE: "assurance",
    Sector.RETAIL: "commerce",
    Sector.MANUFACTURING: "industrie",
    Sector.PHARMACEUTICALS: "industrie pharmaceutique",
    Sector.TECHNOLOGY: "technologie",
    Sector.TELECOMMUNICATIONS: "télécommunications",
    Sector.ENERGY: "énergie",
    Sector.UTILITIES: "services aux collectivités",
    Sector.TRANSPORTATION: "transport",
    Sector.MEDIA: "médias",
    Sector.HOSPITALITY_LEISURE: "hôtellerie et loisirs",
    Sector.LEGAL: "juridique",
    Sector.DEFENSE: "défense",
    Sector.NON_PROFIT: "associatif",
    Sector.INDIVIDUALS: "particuliers",
}


# The French name of each impact kind (models' ImpactRecord.kind): the incident register's page.
IMPACT_NAMES = {
    "emergency_diverted": "urgences déviées",
    "patients_transferred": "patients transférés",
    "surgeries_cancelled": "interventions reportées ou annulées",
    "systems_shut_down": "systèmes coupés",
    "data_stolen": "données volées",
    "services_disrupted": "services perturbés",
    "ransom_demanded": "rançon demandée",
    "services_restored": "services rétablis",
}


def sector_names(sectors: list[Sector]) -> list[str]:
    """The French names of the organisations' sectors among `sectors`, in their order."""
    return [SECTOR_NAMES[sector] for sector in sectors if sector is not Sector.INDIVIDUALS]


_VOWELS = "aeiouyàâäéèêëîïôöùûüœæ"
# Words beginning with an aspirated h take no elision ("le hacker", "la Hongrie").
_ASPIRATED_H = {
    "hacker",
    "hackers",
    "hameçonnage",
    "hongrie",
    "honduras",
    "hollande",
    "hausse",
    "haut",
    "haute",
}

# Gender of the common nouns that open victims' names ("Clinique André Renard", "CHU de Liège").
FEMININE = set(
    """
    clinique polyclinique ville commune mairie région province université école haute entreprise
    société banque compagnie agence administration préfecture collectivité association fondation
    mutuelle caisse chambre cour direction fédération métropole communauté maison résidence
    plateforme organisation institution police gendarmerie armée marine préfecture académie
    """.split()
)
MASCULINE = set(
    """
    hôpital centre chu chr chru chu-hôpital groupe groupement institut ministère département conseil
    service hospice établissement syndicat office parlement gouvernement tribunal port aéroport
    lycée collège campus laboratoire musée opérateur fournisseur éditeur cabinet réseau site
    """.split()
)
# Nouns of organisations written with a capital in an English or French name but used as common
# nouns in French prose ("la clinique André Renard"): lower-cased after an article.
_COMMON_HEADS = FEMININE | MASCULINE


def starts_with_vowel_sound(word: str) -> bool:
    """True when an article or preposition elides before `word` ("l'hôpital", "d'Ivanti")."""
    stripped = word.lstrip('«"“( ')
    if not stripped:
        return False
    first = stripped[0].lower()
    if first == "h":
        return stripped.split()[0].lower().strip(",.;:") not in _ASPIRATED_H
    if first == "y" and stripped[1:2].lower() in set(_VOWELS):
        # A "y" before a vowel is a consonant ("de YouTube", "le yaourt", "de Yahoo"; "d'YouTube"
        # was said, sixth audit, tune); before a consonant it is a vowel ("d'Ypres").
        return False
    return first in _VOWELS


def elide(word: str, before: str) -> str:
    """`before` + `word` with elision: elide("hôpital", "le") == "l'hôpital",
    elide("Ivanti", "de") == "d'Ivanti", elide("groupe", "de") == "de groupe"."""
    elidable = {"le", "la", "de", "que", "ne", "je", "me", "te", "se", "jusque", "lorsque"}
    if before.lower() in elidable and starts_with_vowel_sound(word):
        return f"{before[:-1]}'{word}"
    return f"{before} {word}"


def gender(noun: str) -> str | None:
    """ "f", "m" or None (unknown) for the head noun of a name ("Clinique André Renard" → "f")."""
    head = noun.split()[0].lower().strip(",.;:") if noun.split() else ""
    if head in FEMININE:
        return "f"
    if head in MASCULINE:
        return "m"
    return None


_ENGLISH_LINKS = {"of", "for", "and", "the", "on"}


# English names of public bodies a French sentence says in French: "D'après Malwarebytes Labs, City
# of Antwerp et … ont été victimes", "Ministry of Defence, en Russie, a été victime" (seventh audit,
# tune and train pages). The place keeps its written name ("la ville d'Antwerp"): the guard checks a
# briefing's names against the sources. A ministry's French capital is the source's word's stem
# ("Défense" for "Defence", "Intérieur" for "Interior").
_PLACE = r"(?P<place>[A-Z][\w'’.-]{0,30}(?:\s[A-Z][\w'’.-]{0,30}){0,3})"
_ENGLISH_BODIES: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(rf"(?:the\s)?(?:City|Town|Village)\sof\s{_PLACE}"), "la", "ville"),
    (re.compile(rf"(?:the\s)?County\sof\s{_PLACE}"), "le", "comté"),
    (re.compile(rf"{_PLACE}\sCounty"), "le", "comté"),
    (re.compile(rf"(?:the\s)?University\sof\s{_PLACE}"), "la", "université"),
]
_MINISTRIES = {
    "defence": "le ministère de la Défense",
    "defense": "le ministère de la Défense",
    "justice": "le ministère de la Justice",
    "foreign affairs": "le ministère des Affaires étrangères",
    "interior": "le ministère de l'Intérieur",
    "finance": "le ministère des Finances",
}
_MINISTRY = re.compile(
    r"(?:the\s)?Ministry\sof\s(?P<what>Defen[cs]e|Justice|Foreign\sAffairs|Interior|Finance)"
)


def english_body(name: str) -> str:
    """The French phrase, with its article, of an English name of a public body ("la ville de
    Pleasanton" for "City of Pleasanton", "le comté de Travis" for "Travis County", "le ministère de
    la Défense" for "Ministry of Defence"), or "" for any other name."""
    name = " ".join(name.split())
    if ministry := _MINISTRY.fullmatch(name):
        return _MINISTRIES[ministry.group("what").casefold()]
    for pattern, article, noun in _ENGLISH_BODIES:
        if body := pattern.fullmatch(name):
            return f"{elide(noun, article)} {elide(body.group('place'), 'de')}"
    return ""


def with_article(name: str) -> str:
    """The name with its definite article when its head noun is a French common noun:
    "Clinique André Renard" → "la clinique André Renard", "Hôpital Nord" → "l'hôpital Nord",
    "CHU de Liège" → "le CHU de Liège", "City of Pleasanton" → "la ville de Pleasanton"; a proper
    name stays bare ("Kettering Health")."""
    if french := english_body(name):
        return french
    words = name.split()
    kind = gender(name)
    # An English name stays as written: "Office of Maine's Attorney General" read "l'office of
    # Maine's Attorney General", French and English in one phrase.
    english = any(w.casefold() in _ENGLISH_LINKS or w.endswith(("'s", "’s")) for w in words[1:])
    if kind is None or not words or english:
        return name
    head = words[0]
    # An acronym keeps its capitals (CHU); a common noun is lower-cased after the article.
    if not head.isupper():
        head = head.lower()
    phrase = " ".join([head, *words[1:]])
    return elide(phrase, "la" if kind == "f" else "le")


def contract(preposition: str, phrase: str) -> str:
    """ "de"/"à" + a phrase that may start with an article: de + le → du, à + les → aux, de + l' → de l'."""
    lower = phrase.lower()
    if preposition == "de":
        if lower.startswith("le "):
            return "du " + phrase[3:]
        if lower.startswith("les "):
            return "des " + phrase[4:]
        if lower.startswith(("la ", "l'")):
            return "de " + phrase
        return elide(phrase, "de")
    if preposition == "à":
        if lower.startswith("le "):
            return "au " + phrase[3:]
        if lower.startswith("les "):
            return "aux " + phrase[4:]
        return "à " + phrase
    return f"{preposition} {phrase}"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """The noun agreeing with `count` (French: 0 and 1 are singular)."""
    return singular if abs(count) < 2 else (plural_form or singular + "s")


def join(items: list[str], last: str = "et") -> str:
    """ "A", "A et B", "A, B et C"."""
    items = [item for item in items if item]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]


def french_date(day: date, with_year: bool = True, article: bool = True) -> str:
    """ "le 1er décembre 2026", "le 3 mars"; `article=False` drops "le"."""
    month = format_date(day, "MMMM", locale="fr")
    number = "1er" if day.day == 1 else str(day.day)
    text = f"{number} {month}" + (f" {day.year}" if with_year else "")
    return f"le {text}" if article else text


_MAGNITUDES = [(1e9, "milliard"), (1e6, "million")]


def french_number(value: float) -> str:
    """French digits: 3900000 → "3,9 millions", 1200000 → "1,2 million", 12500 → "12 500",
    9.8 → "9,8". Magnitude words agree in number ("1,5 million" is singular: below 2)."""
    for size, word in _MAGNITUDES:
        # (a value that one decimal of the magnitude does not hold is written whole: "1,1 million"
        # for 1,098,500 was a figure no source states)
        if abs(value) >= size and abs(round(value / size, 1) * size - value) < 0.5:
            scaled = value / size
            digits = format_decimal(round(scaled, 1), format="#,##0.#", locale="fr")
            return f"{digits} {plural(int(scaled), word)}"
    return format_decimal(value, format="#,##0.##", locale="fr")


def of_amount(amount: str, noun: str) -> str:
    """ "3,9 millions" + "enregistrements" → "3,9 millions d'enregistrements" (de after a
    magnitude word), "12 500" + "fichiers" → "12 500 fichiers"."""
    if re.search(r"(?:million|milliard)s?$", amount):
        return f"{amount} {elide(noun, 'de')}"
    return f"{amount} {noun}"


def country_name(code: str) -> str:
    """French name of an ISO 3166-1 alpha-2 code from babel's CLDR data ("BE" → "Belgique");
    an unknown code is returned as it is."""
    return countries.country_name(code, "fr")


# Countries whose name ends in -e but are masculine; plural names; names taking "à" (islands,
# city-states) instead of a preposition with an article.
_MASCULINE_E = {
    "Mexique",
    "Cambodge",
    "Mozambique",
    "Zimbabwe",
    "Belize",
    "Suriname",
    "Zaïre",
    "Royaume",
    "Congo",
}
_PLURAL_HEADS = {"États", "Pays", "Émirats", "Philippines", "Comores", "Maldives", "Seychelles", "Bahamas",
                 "Îles", "Bermudes", "Territoires", "Terres"}  # fmt: skip
# CLDR's long names of the two special regions: "R.A.S. chinoise de Hong Kong".
_SHORT_NAMES = {"HK": "Hong Kong", "MO": "Macao", "VA": "Vatican"}
_WITH_A = {
    "Singapour",
    "Malte",
    "Chypre",
    "Monaco",
    "Cuba",
    "Madagascar",
    "Maurice",
    "Bahreïn",
    "Haïti",
    "Hong Kong",
    "Taïwan",
    "Israël",
    "Oman",
    "Djibouti",
    "Saint-Marin",
    "Andorre",
    "Jersey",
    "Guernesey",
    "Macao",
    "Sainte-Lucie",
    "Saint-Christophe-et-Niévès",
    "Saint-Vincent-et-les Grenadines",
    "Sao Tomé-et-Principe",
    "Trinité-et-Tobago",
    "Antigua-et-Barbuda",
    "La Réunion",
    "Mayotte",
    "Aruba",
    "Curaçao",
    "Saint-Barthélemy",
    "Saint-Martin",
    "Saint-Pierre-et-Miquelon",
    "Wallis-et-Futuna",
}


def country_with_article(code: str) -> str:
    """ "la Belgique", "le Canada", "les États-Unis", "l'Iran", "Singapour"."""
    name = _SHORT_NAMES.get(code.upper()) or country_name(code)
    if name in _WITH_A:
        return name
    first = name.split("-")[0].split()[0]
    if first in _PLURAL_HEADS:
        return f"les {name}"
    # The head noun's gender: "la Corée du Sud", "la Guinée-Bissau", "le Congo-Brazzaville".
    feminine = (name.endswith("e") or first.endswith("e")) and not {name, first} & _MASCULINE_E
    if name.startswith("Y"):  # a consonant here: "le Yémen", not "l'Yémen"
        return f"le {name}"
    return elide(name, "la" if feminine else "le")


def in_country(code: str) -> str:
    """The preposition and name for "in <country>": "en Belgique", "au Canada", "aux États-Unis",
    "en Iran", "à Singapour"."""
    phrase = country_with_article(code)
    if phrase.startswith("les "):
        return "aux " + phrase[4:]
    if phrase.startswith("le "):
        return "au " + phrase[3:]
    if phrase.startswith(("la ", "l'")):
        return "en " + phrase.split(" ", 1)[1] if phrase.startswith("la ") else "en " + phrase[2:]
    return "à " + phrase


_WEEKDAYS = {
    "monday": "lundi",
    "tuesday": "mardi",
    "wednesday": "mercredi",
    "thursday": "jeudi",
    "friday": "vendredi",
    "saturday": "samedi",
    "sunday": "dimanche",
}


def weekday(word: str) -> str:
    """A weekday name in French, whatever the language it was written in ("Tuesday" → "mardi")."""
    lower = word.lower()
    return _WEEKDAYS.get(lower, lower)


# A name its owner writes with a lower-case first letter and a capital inside ("iiNet", "mSpy",
# "eBay", "iPhone"): upper-casing it at a sentence's or a key point's start wrote another name
# ("Autres victimes : IiNet.", "MSpy (technologie).": 3 of 190 unlabelled breach briefings).
_LOWER_CAMEL = re.compile(r"[^\W\d_A-Z]+[A-Z][^\W_]*(?=$|[\s,.;:()])")


def capitalize(text: str) -> str:
    """First letter upper-cased, the rest untouched ("l'hôpital X" → "L'hôpital X"); a name that
    opens in lower case and holds a capital ("iiNet") keeps its spelling."""
    if _LOWER_CAMEL.match(text):
        return text
    return text[:1].upper() + text[1:] if text else text


def ascii_fold(text: str) -> str:
    return unicodedata.normalize("NFD", text).encode("ascii", "ignore").decode("ascii")
