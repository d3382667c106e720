"""Phrases no victim is called (`names_no_one`): a description, a sector, a possessive phrase; and
names a sentence writes as a sector's (`written_as_sector`). Left out at choice time
(`victim_choice`), not in the fit. Split from `victim_admissible`."""

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


# "the Healthcare and Public Health (HPH) sector", "the Financial Services sector", "le secteur de la
# Santé": an agency's name for an industry, written with capitals (US advisories name the critical
# sectors so), its short form in brackets at most before the word. No organisation is written so.
_SECTOR_AFTER = re.compile(r"(?:\s\([A-Z&]{2,8}\))?\s(?i:sectors?|secteurs?|sectoren|sektors?|sektoren)\b")
_SECTOR_BEFORE = re.compile(
    r"(?i:\b(?:secteurs?|sectoren|sektors?|sektoren)\s(?:de\s(?:la\s|l['’])?|van\sde\s|der\s)?)$"
)


def written_as_sector(name: str, sentence: str) -> bool:
    """Whether every mention of `name` in `sentence` is a sector's name ("ransomware incidents in the
    Healthcare and Public Health (HPH) sector"): an industry, no victim (GUIDE §5: generic populations)."""
    ats = [m.start() for m in re.finditer(re.escape(name), sentence)]
    return bool(ats) and all(
        _SECTOR_AFTER.match(sentence, at + len(name)) or _SECTOR_BEFORE.search(sentence[max(0, at - 30) : at])
        for at in ats
    )
