"""What a seizure took, as the briefing says it in French: "145 domains" → "145 domaines", "over $2.3
million in cryptocurrency" → "plus de 2,3 millions de dollars en cryptomonnaies". A value we cannot
read with certainty (no count, a count in two readings, an unknown thing) says nothing: the
briefing then says only that seizures were announced."""

from __future__ import annotations

import re

from veilleur.brief.amounts import money, written_number
from veilleur.brief.statements import Statement
from veilleur.enrich.law_seized import WORD_NUMBERS
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
    ("jusqu'à", "up to|as many as"),
    ("", "a total of"),
]}  # fmt: skip
_COUNT = re.compile(r"(\d[\d,.]*)\s(?:[\w-]+\s){0,2}?([\w-]+(?:\s(?:de\s)?[\w-]+)?)$")
_CRYPTO = re.compile(r"\s(?:in|en)\s(?:[\w-]+\s)?crypto\w*$", re.I)
# "in criminal assets": what the money was held as, not said (the sum is)
_ASSETS = re.compile(r"\s(?:in|worth of|en|de)\s(?:[\w-]+\s)?(?:assets|actifs|avoirs)$", re.I)
# A count or a sum in English words ("seven domain names", "one million euros"), said in French words.
_FRENCH_WORDS = dict(
    zip(
        WORD_NUMBERS.split("|"),
        "un deux trois quatre cinq six sept huit neuf dix onze douze".split(),
        strict=True,
    )
)
_WORDED = re.compile(rf"^({WORD_NUMBERS})\s", re.I)
_WORDED_SUM = re.compile(
    r"^(million|billion)\s(?:of\s)?(dollars?|USD|euros?|EUR|pounds?|GBP|bitcoins?|BTC)$", re.I
)
_MONEY_NAMES = [("dollar|usd", "dollars"), ("euro|eur", "euros"), ("pound|gbp", "livres sterling"),
                ("bitcoin|btc", "bitcoins")]  # fmt: skip


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
    if (assets := _ASSETS.search(rest)) is not None:
        rest = rest[: assets.start()]
    if (worded := _WORDED.match(rest)) is not None:
        said = _in_words(_FRENCH_WORDS[worded.group(1).lower()], rest[worded.end() :])
        return _qualified(qualifier, said)
    said = money(rest)  # "" without a currency: then a count of things
    if said:
        said += " en cryptomonnaies" if crypto is not None else ""
    else:
        said = _count(rest)
    return _qualified(qualifier, said)


def _qualified(qualifier: str, said: str) -> str:
    """ "plus de" + "un million d'euros" → "plus d'un million d'euros"."""
    if not said or not qualifier:
        return said
    head, _, last = qualifier.rpartition(" ")
    return f"{head} {elide(said, last)}" if last == "de" else f"{qualifier} {said}"


def _in_words(number: str, rest: str) -> str:
    """ "sept" + "domain names" → "sept noms de domaine"; "un" + "million euros" → "un million
    d'euros"; "" for what is not read."""
    if (sum_ := _WORDED_SUM.fullmatch(rest)) is not None:
        unit = "million" if sum_.group(1).lower() == "million" else "milliard"
        unit += "" if number == "un" else "s"
        name = next(n for p, n in _MONEY_NAMES if re.match(p, sum_.group(2), re.I))
        return f"{number} {unit} {elide(name, 'de')}"
    thing = next(((one, many) for pattern, one, many in _THING_PATTERNS if pattern.search(rest)), None)
    if thing is None or len(rest.split()) > 3:
        return ""
    if number == "un":
        return f"{'une' if thing[0] == 'cryptomonnaie' else 'un'} {thing[0]}"
    return f"{number} {thing[1]}"


def _count(value: str) -> str:
    m = _COUNT.fullmatch(value)
    number = written_number(m.group(1)) if m is not None else None
    # ("0 domains" were seized by no one: "la saisie de 0 domaine" stated a seizure of nothing)
    if m is None or number is None or number != int(number) or number < 1:
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

_DISRUPTED = re.compile(r"^(?:disrupt|sinkhol)", re.I)


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
    if not parts and all(_TAKEDOWN.match(f"{f.value} ") for f in seizures):
        # Only a takedown, nothing said seized: "€1.4 million of losses were prevented thanks to the
        # successful takedown" (a fraud ring's head arrested, seed-3339 sample) was "Saisies annoncées".
        if all(_DISRUPTED.match(f.value) for f in seizures):
            return Statement(
                "Démantèlement",
                "Perturbation de l'activité annoncée par les autorités.",
                "Les autorités annoncent avoir perturbé l'activité.",
            )
        return Statement(
            "Démantèlement",
            "Démantèlement annoncé par les autorités.",
            "Les autorités annoncent un démantèlement.",
        )
    if not parts:
        return Statement(
            "Saisies", "Saisies annoncées par les autorités.", "Les autorités annoncent des saisies."
        )
    point = capitalize(" ; ".join(f"{noun} {what}" for noun, what in parts))
    sentence = join([f"la {noun} {what}" for noun, what in parts])
    return Statement("Saisies", f"{point}.", f"Les autorités annoncent {sentence}.")
