"""What a seizure took, as the briefing says it in French: "145 domains" → "145 domaines", "over $2.3
million in cryptocurrency" → "plus de 2,3 millions de dollars en cryptomonnaies". A value we cannot
read with certainty (no count, a count in two readings, an unknown thing) says nothing: the
briefing then says only that seizures were announced."""

from __future__ import annotations

import re

from veilleur.brief.amounts import money, written_number
from veilleur.brief.statements import Statement
from veilleur.models import Fact
from veilleur.text.french import capitalize, elide, french_number, join

# The things as French says them, singular and plural; the first pattern that matches names it.
_THINGS = [
    (r"domain names?|noms? de domaine", "nom de domaine", "noms de domaine"),
    (r"domains?|domaines?|domeinen", "domaine", "domaines"),
    (r"websites?|sites?", "site", "sites"),
    (r"servers?|serveurs?", "serveur", "serveurs"),
    (r"devices|appareils|geräte", "appareil", "appareils"),
    (r"wallets|portefeuilles", "portefeuille", "portefeuilles"),
    (r"accounts|comptes", "compte", "comptes"),
    (r"computers|ordinateurs", "ordinateur", "ordinateurs"),
    (r"phones|téléphones", "téléphone", "téléphones"),
    (r"vehicles|véhicules", "véhicule", "véhicules"),
    (r"bitcoins?", "bitcoin", "bitcoins"),
    (r"cryptocurrenc(?:y|ies)", "cryptomonnaie", "cryptomonnaies"),
]
_THING_PATTERNS = [(re.compile(rf"(?:{p})$", re.I), one, many) for p, one, many in _THINGS]
# A qualifier kept as the source wrote it: "more than 100 servers" is not "100 serveurs".
_QUALIFIERS = {fr: re.compile(rf"^(?:{written})\s", re.I) for fr, written in [
    ("plus de", "more than|over|plus de|meer dan|ruim|mehr als|über"),
    ("près de", "nearly|almost|près de|bijna|fast"),
    ("environ", "about|around|approximately|roughly|some|environ|rund"),
    ("au moins", "at least|au moins"),
    ("jusqu'à", "up to"),
    ("", "a total of"),
]}  # fmt: skip
_COUNT = re.compile(r"(\d[\d,.]*)\s(?:[\w-]+\s){0,2}?([\w-]+(?:\s(?:de\s)?[\w-]+)?)$")
# A value in money: money() reads it ("$2.3 million" → "2,3 millions de dollars").
_CURRENCY = re.compile(r"[$€£]|dollar|euro|pound|\b(?:USD|EUR|GBP|BTC)\b|bitcoin", re.I)
_CRYPTO = re.compile(r"\s(?:in|en)\s(?:[\w-]+\s)?crypto\w*$", re.I)


def seized_object(value: str) -> str:
    """The French of what a seizure took ("145 domains" → "145 domaines"), or "" when `value` is
    the bare verb or cannot be read with certainty."""
    qualifier, rest = "", value.strip()
    for french, pattern in _QUALIFIERS.items():
        if m := pattern.match(rest):
            qualifier, rest = french, rest[m.end() :]
            break
    crypto = _CRYPTO.search(rest)
    if crypto is not None:
        rest = rest[: crypto.start()]
    said = money(rest) if _CURRENCY.search(rest) else ""
    if said:
        said += " en cryptomonnaies" if crypto is not None else ""
    else:
        said = _count(rest)
    if not said:
        return ""
    return f"{qualifier} {said}" if qualifier else said


def _count(value: str) -> str:
    m = _COUNT.fullmatch(value)
    number = written_number(m.group(1)) if m is not None else None
    if m is None or number is None or number != int(number):
        return ""
    thing = next(((one, many) for pattern, one, many in _THING_PATTERNS if pattern.search(m.group(2))), None)
    if thing is None:
        return ""
    return f"{french_number(number)} {thing[0] if number < 2 else thing[1]}"


# A takedown's value keeps its verb ("taken down 12,526 websites"): what it took offline was not seized.
_TAKEDOWN = re.compile(
    r"^(?:taken down|takedown|took down|takes? down|dismantl\w*|démantel\w*|shut(?:s|ting)? down|"
    r"sinkhol\w*|disrupt(?:s|ed)?\s(?:the|a|an))\s",
    re.I,
)


def seizure_statement(seizures: list[Fact]) -> Statement:
    """The key point and the summary's sentence for `seizures` (at least one): what was seized or
    taken offline when a value says it (two things at most), else that seizures were announced."""
    seized: list[str] = []
    offline: list[str] = []
    for fact in seizures:
        takedown = _TAKEDOWN.match(fact.value)
        value = fact.value[takedown.end() :] if takedown else fact.value
        # ("145 domains and $2.3 million": `law_seized` joins two things a sentence names together)
        for part in value.split(" and "):
            said = seized_object(part)
            if said and said not in seized + offline and len(seized + offline) < 2:
                (offline if takedown else seized).append(said)
    parts = [(noun, join([elide(o, "de") for o in said])) for noun, said in
             (("saisie", seized), ("mise hors ligne", offline)) if said]  # fmt: skip
    if not parts:
        return Statement(
            "Saisies", "Saisies annoncées par les autorités.", "Les autorités annoncent des saisies."
        )
    point = capitalize(" ; ".join(f"{noun} {what}" for noun, what in parts))
    sentence = join([f"la {noun} {what}" for noun, what in parts])
    return Statement("Saisies", f"{point}.", f"Les autorités annoncent {sentence}.")
