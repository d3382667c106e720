"""A victim's sector from the words of its name or of how the article describes it (enrich/
victim_sectors.py), before any default: psychotherapy and psychology practices are healthcare, a
not-for-profit is non-profit, an escrow firm is finance, a marshals service is government — in
English and French. The names and texts are made up for these tests."""

from __future__ import annotations

import pytest

from veilleur.enrich.victim_sectors import sector_of_victim
from veilleur.models import Sector


def _first(name: str, text: str) -> Sector | None:
    found = sector_of_victim(name, text, "", None, text, True)
    return found[0] if found else None


@pytest.mark.parametrize(
    ("name", "text", "sector"),
    [
        (
            "Lindqvist Psychotherapy Centre",
            "The Lindqvist Psychotherapy Centre in Finland was blackmailed after its patient notes leaked.",
            Sector.HEALTHCARE,
        ),
        (
            "Cabinet Dumont",
            "Le Cabinet Dumont, un cabinet de psychologues, a subi une fuite de données.",
            Sector.HEALTHCARE,
        ),
        (
            "Phishwatch Alliance",
            "Attackers hijacked a domain of the Phishwatch Alliance, a cybersecurity not-for-profit organisation.",
            Sector.NON_PROFIT,
        ),
        (
            "Veille Citoyenne",
            "Des pirates ont détourné un domaine de Veille Citoyenne, une organisation sans but lucratif.",
            Sector.NON_PROFIT,
        ),
        (
            "Kestrel Escrow",
            "Hackers tricked the registrar into moving a domain of Kestrel Escrow.",
            Sector.FINANCIAL_SERVICES,
        ),
        (
            "Kestrel",
            "Les pirates ont visé Kestrel, une société d'escrow en ligne.",
            Sector.FINANCIAL_SERVICES,
        ),
        (
            "US Marshals Service",
            "A ransomware gang posted files it says it stole from the US Marshals Service.",
            Sector.GOVERNMENT,
        ),
        (
            "US Marshals Service",
            "Un gang affirme avoir volé des fichiers au US Marshals Service.",
            Sector.GOVERNMENT,
        ),
    ],
)
def test_a_sector_is_read_from_the_name_or_its_description(name: str, text: str, sector: Sector) -> None:
    assert _first(name, text) == sector
