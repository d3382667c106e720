"""How a text describes an organisation it names ("car rental giant Avis", "Vesuvius, a UK
engineering company"): read by `victim_sectors` for a victim's sector."""

from __future__ import annotations

import re

from veilleur.enrich.victims import _DESCRIPTORS

# Nouns that end a description of an organisation ("UK engineering company", "car rental giant").
_DESCRIBING = _DESCRIPTORS | set(
    """
    corporation organisation organization business multinational house chain store supplier exchange
    entreprise société groupe opérateur fabricant fournisseur éditeur enseigne hôpital clinique mutuelle
    bedrijf leverancier ziekenhuis verzekeraar unternehmen konzern hersteller anbieter versicherer
    """.split()
)
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
        rf"\s{_ARTICLE}\s([^,.;()]{{3,80}})",
        head,
        re.I,
    ):
        words = match.group(1).split()
        cut = next((i for i, w in enumerate(words) if w.casefold() in _DESCRIBING), -1)
        if cut >= 0:
            out.append(" ".join(words[: cut + 1]))
    return out
