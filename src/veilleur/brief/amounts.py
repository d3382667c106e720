"""A stolen amount as the briefing says it in French: "1.2 million records" → "1,2 million
d'enregistrements", "nearly 4,000 patients" → "près de 4 000 patients", a range with both bounds."""

from __future__ import annotations

import math
import re

from veilleur.enrich.attack_claims import in_digits
from veilleur.enrich.facts import MAGNITUDE_VALUES, MAGNITUDES, REFUSED_MAGNITUDES
from veilleur.text.french import french_number, of_amount

_STOLEN_UNITS = [
    (re.compile(r"records|dossiers|datensätze", re.I), "enregistrements"),
    (re.compile(r"customers|clients|klanten|kunden", re.I), "clients"),
    (re.compile(r"users|utilisateurs", re.I), "utilisateurs"),
    (re.compile(r"people|personnes", re.I), "personnes"),
    (re.compile(r"adhérents|members", re.I), "adhérents"),
    (re.compile(r"patients", re.I), "patients"),
    (re.compile(r"salariés|employees", re.I), "salariés"),
    (re.compile(r"accounts|comptes", re.I), "comptes"),
    (re.compile(r"files|fichiers|documents", re.I), "fichiers"),
    (re.compile(r"\bTB\b|\bTo\b|terabytes", re.I), "téraoctets de données"),
    (re.compile(r"\bGB\b|\bGo\b|gigabytes", re.I), "gigaoctets de données"),
]

# A count's qualifier as a source writes it (English or French) → as the briefing says it, kept:
# "près de 300 000 adhérents" is not "300 000 adhérents". The one list every reader of a count uses.
QUALIFIERS = {w: fr for fr, ws in [("près de", "près de|presque|nearly|almost"),
              ("plus de", "plus de|more than|over"),
              ("environ", "environ|about|around|approximately|roughly"),
              ("jusqu'à", "jusqu'à|up to")] for w in ws.split("|")}  # fmt: skip
QUALIFIER = "|".join(QUALIFIERS)  # the written forms, as a regular expression's alternatives
_QUALIFIED = re.compile(rf"^({QUALIFIER})\s", re.I)


def parse_amount(text: str) -> str:
    """ "1.2 million records" → "1,2 million d'enregistrements", "nearly 4,000 patients" → "près de
    4 000 patients"; "" when the amount cannot be read with certainty."""
    about, amount = _QUALIFIED.match(text.strip()), _amount(text)
    return f"{QUALIFIERS[about.group(1).lower()]} {amount}" if about and amount else amount


# A count of more digits is no count a source states (more than any count of people, records or
# messages: a hash, a typo, a hostile page) and past what a float holds exactly: read, it came out
# rounded ("123 456 789 012 345,7 milliards" for 24 digits). Such a count is not read at all.
MAX_DIGITS = 15
MAX_COUNT = 10.0**MAX_DIGITS


# A number written in other digits than 0-9 (Arabic-Indic "١٢٣", full-width "１２３") or with an
# exponent ("1e308", "4E2") is not read: "€1e308" was stated "1 euros", "٤٠٠ messages" copied as
# written into the French briefing. Said in French typography, or not said.
_NOT_PLAIN = re.compile(r"(?![0-9])\d|[0-9][.,]?[eE][+-]?\d")


def plain_number(value: str) -> bool:
    """Does `value` write its numbers in 0-9 only, without an exponent?"""
    return _NOT_PLAIN.search(value) is None


def written_number(digits: str) -> float | None:
    """ "1,200,000", "1 200 000", "3.5", "3,5" as a number (a thin or no-break space reads as a
    space); None for mixed separators and for more than `MAX_DIGITS` digits."""
    digits = re.sub(r"\s", " ", digits).strip()
    if not plain_number(digits) or len(re.sub(r"\D", "", digits)) > MAX_DIGITS:
        return None
    # One separator throughout groups thousands ("1,200,000", "1 200 000"); mixed ones are not read.
    if re.fullmatch(r"\d{1,3}(?:( |,|\.)\d{3})(?:\1\d{3})*", digits):
        return float(re.sub(r"[ ,.]", "", digits))
    if re.fullmatch(r"\d+(?:[.,]\d+)?", digits):
        return float(digits.replace(",", "."))
    return None


# A range says both bounds: "10-100 terabytes" was "10 téraoctets", "2 to 3 million records" was
# "2 enregistrements".
_RANGE_END = re.compile(rf"\s?(?:-|–|to|à)\s?(\d[\d,.\s]*)\s?({MAGNITUDES})?", re.I)


def _amount(text: str) -> str:
    if not plain_number(text):
        return ""
    text = in_digits(text)  # "four terabytes" (a volume in words, enrich.attack_claims)
    match = re.search(rf"(\d[\d,.\s]*)\s?({MAGNITUDES})?", text, re.I)
    if not match or re.match(rf"\s?{REFUSED_MAGNITUDES}", text[match.end() :], re.I):
        return ""  # ("2 billions de dossiers": 10^9 or 10^12 by the language; "12 lakh")
    end = _RANGE_END.match(text, match.end())
    magnitude = (match.group(2) or (end.group(2) if end else None) or "").lower()
    bounds = [match.group(1)] + ([end.group(1)] if end else [])
    values = [written_number(b) for b in bounds]
    if None in values:
        return ""
    scaled = [v * MAGNITUDE_VALUES.get(magnitude, 1) for v in values if v is not None]
    if not all(math.isfinite(v) and v < MAX_COUNT for v in scaled):  # absurd: a hostile page, a typo
        return ""
    unit = next((noun for pattern, noun in _STOLEN_UNITS if pattern.search(text)), "")
    if not unit:
        return ""
    number = " à ".join(french_number(v) for v in scaled)
    if unit.endswith("de données"):
        # ("1 téraoctet de données": one unit is singular in French)
        return f"{number} {unit.replace('octets', 'octet') if scaled[-1] < 2 else unit}"
    return of_amount(number, unit)


_CURRENCIES = [
    (re.compile(r"\$|dollars?|USD", re.I), "dollars"),
    (re.compile(r"€|euros?|EUR", re.I), "euros"),
    (re.compile(r"£|pounds?|GBP", re.I), "livres sterling"),
    (re.compile(r"bitcoins?|BTC", re.I), "bitcoins"),
]


def money(value: str) -> str:
    """ "$4.5 million" → "4,5 millions de dollars"; "" without a currency."""
    currency = next((name for pattern, name in _CURRENCIES if pattern.search(value)), "")
    match = re.search(rf"(\d[\d,.\s]*\d|\d)\s?({MAGNITUDES})?", value, re.I)
    if not currency or not match or not plain_number(value):
        return ""
    # The number must read one way only, else nothing is stated ("21 320.000" could be
    # 21,320,000 or 21,320).
    number = written_number(match.group(1))
    if number is None:
        return ""
    number *= MAGNITUDE_VALUES.get((match.group(2) or "").lower(), 1)
    # hundreds of digits, or a sum past any (a hostile page, a typo: "$99999999999999 trillion"): no
    # amount to state
    if not math.isfinite(number) or number >= MAX_COUNT:
        return ""
    return of_amount(french_number(number), currency)
