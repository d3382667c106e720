"""A ransom demanded for data said stolen or leaked, with nothing encrypted and no ransomware named,
is extortion-only theft: the guide (bench/data/intel/GUIDE.md §4) files it as an information leak.
A ransom with encryption, a ransomware word in the lead, or a ransomware brand keeps `ransomware`.
Texts and names are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.models import Category

_LEAD = "The thieves copied the customer files and asked for money to keep them private. " * 3


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("Examplo Games refuses to pay ransom to stop source code leak", _LEAD),
        (
            "Examplo refuse de payer la rançon : les données volées seront publiées",
            "Les pirates ont copié les dossiers des clients et réclament de l'argent. " * 3,
        ),
        (
            "Examplo weigert losgeld te betalen na datalek",
            "De criminelen kopieerden klantgegevens en eisen geld om ze niet te publiceren. " * 3,
        ),
        (
            "Examplo zahlt kein Lösegeld nach Datenleck",
            "Die Täter kopierten Kundendaten und verlangen Geld für ihr Schweigen. " * 3,
        ),
    ],
)
def test_a_ransom_for_stolen_data_is_an_information_leak(title: str, lead: str) -> None:
    assert categorise(title, lead) == Category.DATA_BREACH


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        # the lead says ransomware: the ransom is a ransomware attack's
        (
            "Examplo refuses to pay ransom after data leak",
            "A ransomware gang encrypted the company's servers and stole customer files. " * 3,
        ),
        (
            "Examplo refuse de payer la rançon après la fuite de données",
            "Un rançongiciel a chiffré les serveurs de l'entreprise. " * 3,
        ),
        # a ransom with no data said stolen: the attack's kind is ransomware (the guide)
        ("Examplo hit by cyberattack, hackers demand ransom", _LEAD),
        ("Examplo victime d'une cyberattaque, les pirates exigent une rançon", _LEAD),
    ],
)
def test_a_ransom_with_encryption_or_without_data_stays_ransomware(title: str, lead: str) -> None:
    assert categorise(title, lead) == Category.RANSOMWARE
