"""A body named "X Department" or an attorney general's office is the state's (government), not a
law firm's; a firm's department, written in lower case, names no sector (fictional names)."""

from __future__ import annotations

from veilleur.enrich.sector_words import name_sectors
from veilleur.enrich.victim_sectors import victim_sectors
from veilleur.models import Sector


def test_a_name_ending_in_department_is_government() -> None:
    assert name_sectors("Fisheries Department")[:1] == [Sector.GOVERNMENT]
    assert name_sectors("Westvale Police Department")[:1] == [Sector.GOVERNMENT]


def test_an_attorney_generals_office_is_government_not_legal() -> None:
    assert name_sectors("Westvale Attorney General")[:1] == [Sector.GOVERNMENT]
    text = "The Westvale Attorney General said its phone lines were down after a cyber incident."
    assert victim_sectors("Westvale Attorney General", text)[:1] == [Sector.GOVERNMENT]


def test_an_attorney_is_still_legal() -> None:
    assert name_sectors("Brightwell Attorneys")[:1] == [Sector.LEGAL]


def test_a_firms_lower_case_department_is_no_government() -> None:
    assert Sector.GOVERNMENT not in name_sectors("the finance department")


def test_public_transit_is_transportation_not_data_in_transit() -> None:
    assert name_sectors("Millbrook Regional Transit")[:1] == [Sector.TRANSPORTATION]
    assert Sector.TRANSPORTATION not in name_sectors("encryption of data in transit")
