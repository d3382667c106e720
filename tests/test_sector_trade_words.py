"""The words the field uses for kinds of organisation (fictional text): an agency a trade names
("news agency", "ad agency") is no public body, while embassies, election commissions and public
libraries are; the post and parcel carriers are transport, cosmetics and food-processing firms
makers, a treatment or nuclear plant energy's, rights groups and unions non-profits."""

from __future__ import annotations

import pytest

from veilleur.enrich.sector_words import head_sectors
from veilleur.enrich.victim_sectors import victim_sectors
from veilleur.models import Sector


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Hackers breached Ostrander Wire, a regional news agency.", "Ostrander Wire", Sector.MEDIA),
        ("L'agence de presse Orvelle a subi une cyberattaque.", "Orvelle", Sector.MEDIA),
        ("Quillon, a national postal operator, was hit by ransomware.", "Quillon", Sector.TRANSPORTATION),
        ("Courier company Brask Express confirmed a breach.", "Brask Express", Sector.TRANSPORTATION),
        ("Cosmetics giant Lavandre disclosed a cyberattack.", "Lavandre", Sector.MANUFACTURING),
        (
            "Food-processing firm Korvel shut down its systems after the attack.",
            "Korvel",
            Sector.MANUFACTURING,
        ),
        ("Attackers hit Meridale, a human rights group based abroad.", "Meridale", Sector.NON_PROFIT),
        ("Entertainment giant Vantero said data was stolen.", "Vantero", Sector.MEDIA),
        ("Coffee chain Brewhaven warned customers of a breach.", "Brewhaven", Sector.RETAIL),
    ],
)
def test_a_trade_word_describes_the_victim(text: str, name: str, sector: Sector) -> None:
    assert victim_sectors(name, text)[:1] == [sector]


@pytest.mark.parametrize("agency", ["news agency", "advertising agency", "travel agency", "marketing agency"])
def test_an_agency_a_trade_names_is_no_public_body(agency: str) -> None:
    assert Sector.GOVERNMENT not in head_sectors(f"the {agency}")


@pytest.mark.parametrize(
    "body", ["the tax agency", "a law enforcement agency", "the embassy", "the electoral commission"]
)
def test_public_bodies_stay_government(body: str) -> None:
    assert head_sectors(body)[:1] == [Sector.GOVERNMENT]


def test_a_city_library_is_the_citys_not_a_software_library() -> None:
    assert head_sectors("the city library")[:1] == [Sector.GOVERNMENT]
    assert head_sectors("a JavaScript library")[:1] == [Sector.TECHNOLOGY]


@pytest.mark.parametrize("plant", ["water treatment plant", "nuclear plant", "power station"])
def test_a_treatment_or_power_plant_is_energys(plant: str) -> None:
    assert head_sectors(f"the {plant}")[:1] == [Sector.ENERGY]
