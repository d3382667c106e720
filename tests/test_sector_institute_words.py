"""A victim's sector from its name's head (fictional names): an institute of technology is a school,
a messaging service a technology firm, and the White House the state's."""

from __future__ import annotations

from veilleur.enrich.sector_words import known_sector, name_sectors
from veilleur.models import Sector


def test_an_institute_of_technology_is_education() -> None:
    assert name_sectors("Marlow Valley Institute of Technology")[0] == Sector.EDUCATION


def test_a_messaging_service_is_technology() -> None:
    assert name_sectors("encrypted messaging service") == [Sector.TECHNOLOGY]


def test_the_white_house_is_government() -> None:
    assert known_sector("White House") == Sector.GOVERNMENT
