"""Phrases no victim is called (`names_no_one`): a description, a sector, a possessive phrase. Left
out at choice time (`victim_choice`), not in the fit. Split from `victim_admissible`."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def _phrase_shapes() -> re.Pattern[str]:
    """Shapes of a phrase that names no one, compiled on first use."""
    return re.compile(
        r"(?i)"
        # A compound whose last part is a lower-case word describes something ("Post-breach",
        # "AI-generated", "Harbourside-area", "Kremlin-friendly"); a name's parts are capitalised
        # ("Coca-Cola", "T-Mobile") or short ("Co-op").
        r"(?-i:[\w.]-[a-zà-ÿ]{3,})$"
        # A sector, not an organisation ("HPH Sector", "Energy Sector", "secteur Santé").
        r"|\s(?:sectors?|secteurs?|sectoren|sektor|sektoren)$"
        # A possessive determiner opens a phrase, not a name ("Your Data", "Our Customers", "Votre
        # Compte", "Uw Gegevens", "Ihre Daten"): a quoted line of the headline.
        r"|^(?:your|our|my|their|his|her|its|votre|vos|notre|nos|jouw|uw|onze|mijn|hun|mein|meine|dein|"
        r"deine|unser|unsere|euer|eure|ihre)(?:\s|$)"
    )


def names_no_one(name: str) -> bool:
    """A description, a sector or a possessive phrase no victim is called ("Post-ransomware", "HPH
    Sector", "Your Data"): left out at choice time, not in the fit (as training rows, plain negatives)."""
    return bool(_phrase_shapes().search(name))
