"""How a text describes an organisation it names ("car rental giant Avis", "Vesuvius, a UK
engineering company"): read by `victim_sectors` for a victim's sector; and the full name of an
acronym it defines ("American Associated Pharmacies (AAP)"), read by `victim_model`."""

from __future__ import annotations

import re
from functools import lru_cache

from veilleur.enrich.victims import _DESCRIPTORS

# Nouns that end a description of an organisation ("UK engineering company", "car rental giant").
_DESCRIBING = _DESCRIPTORS | set(
    """
    corporation organisation organization business multinational house chain store supplier exchange
    entreprise société groupe opérateur fabricant fournisseur éditeur enseigne hôpital clinique mutuelle
    bedrijf leverancier ziekenhuis verzekeraar unternehmen konzern hersteller anbieter versicherer
    system systems organisations organizations companies firms providers hospitals clinics pharmacy laboratory
    laboratoire pharmacie établissement groupement ziekenhuizen apotheek klinikum krankenhaus praxis
    """.split()
)
# "X, one of the largest health systems", "X, l'un des principaux hôpitaux", "X, een van de grootste
# ziekenhuizen", "X, einer der größten Klinikbetreiber": a description opened by "one of".
_ONE_OF = r"(?:one of|l['’]une? des|een van|eine[rs]? der)"
_ARTICLE = r"(?:an?|the|une?|le|la|l['’]|een|de|het|ein|eine|der|die|das)"


def descriptions(name: str, text: str) -> list[str]:
    """How the text describes the organisation `name`: the words before it that end with an
    organisation noun ("car rental giant Avis") and its apposition ("Vesuvius, a UK engineering
    company,"), within the first 5,000 characters, in order."""
    out = []
    head = text[:5000]
    written = re.escape(name)
    for match in re.finditer(rf"((?:[\w&'’-]+\s){{1,5}}){written}(?!\w)", head):
        words = match.group(1).split()
        if words[-1].casefold().strip(",") in _DESCRIBING:
            out.append(" ".join(words))
    # "Vesuvius, a UK engineering company", and what the name is said to be: "Harrods, a purveyor
    # of luxury, is the third major UK retailer", "X est une entreprise", "X ist ein Hersteller".
    for match in re.finditer(
        rf"{written}(?:['’]s)?(?:(?:,[^,.;()]{{3,80}},)?\s(?:is|was|est|ist|is\sone\sof)(?=\s{_ARTICLE}\s)|,)"
        rf"\s(?:{_ONE_OF}\s)?{_ARTICLE}\s([^,.;()]{{3,80}})",
        head,
        re.I,
    ):
        words = match.group(1).split()
        cut = next((i for i, w in enumerate(words) if w.casefold() in _DESCRIBING), -1)
        if cut >= 0:
            out.append(" ".join(words[: cut + 1]))
    return out


_BRACKETED = re.compile(r"\(\s*([^\s()]+)\s*\)")


@lru_cache(maxsize=8)
def _bracketed(text: str) -> frozenset[str]:
    return frozenset(_BRACKETED.findall(text))


def _expanded(name: str, text: str) -> str:
    """The full name an acronym stands for when the text defines it ("American Associated
    Pharmacies (AAP)" for "AAP"), else the name."""
    letters = name.replace("&", "")  # "Marks and Spencer (M&S)"
    if not (name.isupper() and 2 <= len(name) <= 6 and letters.isalpha()) or name not in _bracketed(text):
        return name
    match = re.search(
        rf"((?:[A-Z][\w&'’-]*\s+(?:(?:of|and|&|for|de|du|des|van|der|für)\s+)?){{1,7}})\(\s*{re.escape(name)}\s*\)",
        text,
    )
    if match is None:
        return name
    full = match.group(1).split()
    initials = "".join(w[0] for w in full if w[0].isupper())
    return (
        " ".join(full[-len(letters) - sum(1 for w in full if not w[0].isupper()) :])
        if initials.endswith(letters)
        else name
    )


_PARTICLE_WORDS = frozenset("and of the for de du des la le van der von für und et en &".split())


def initials_match(acronym: str, names: list[str]) -> str:
    """The name among `names` (two words or more) whose capitalised words' initials spell
    `acronym` ("Marks and Spencer" for "M&S", "National Health Service" for "NHS"), when the text
    uses the acronym without defining it in brackets; else "" (also when two names match)."""
    letters = acronym.replace("&", "")
    if not (acronym.isupper() and 2 <= len(letters) <= 6 and letters.isalpha()):
        return ""
    found = []
    for name in names:
        words = [w for w in name.split() if w.casefold() not in _PARTICLE_WORDS]
        if len(words) >= 2 and "".join(w[0] for w in words) == letters and all(w[0].isupper() for w in words):
            found.append(name)
    return found[0] if len(found) == 1 else ""
