"""Data "stored" is no shop and attack "techniques" no tech firm (fictional text)."""

from __future__ import annotations

from veilleur.enrich.sector_words import head_sectors
from veilleur.enrich.victim_sectors import sector_of_victim
from veilleur.models import Sector


def test_stored_data_is_no_store() -> None:
    text = "Attackers reached Quorvex systems, where customer files were stored in the cloud."
    assert Sector.RETAIL not in sector_of_victim("Quorvex", text, "", None, text)


def test_attack_techniques_are_no_technology_word() -> None:
    assert head_sectors("the attack techniques") == []


def test_a_store_is_still_a_shop() -> None:
    assert head_sectors("the online store")[:1] == [Sector.RETAIL]
