"""A victim's sector from the head of how the text describes it (labelling guide §5, issue #11): in
a compound of organisation nouns the last is the head ("an airline app developer" makes apps), the
plural of a trade's noun is that trade ("X Courts"), gambling is a casino's trade ("sports
betting biz X"), a library's name is a public body's (the guide's public libraries; "X University
Library" is the university's) and "Air X" or "X Air" an airline's. The texts are fictional."""

from __future__ import annotations

import importlib

import pytest

from veilleur.models import Sector

# `veilleur.enrich` exports a function of the module's name: the module itself, by its path.
sectors = importlib.import_module("veilleur.enrich.victim_sectors")


def _sector(name: str, text: str) -> list[Sector]:
    return sectors.sector_of_victim(name, text, "", "ORG", text, True)[:1]


@pytest.mark.parametrize(
    ("name", "text", "sector"),
    [
        # the compound's last noun is the head: a developer (of airline apps), not an airline
        (
            "Skyvane",
            "Hackers breached Skyvane, an airline app developer, and leaked its code.",
            Sector.TECHNOLOGY,
        ),
        # a maker of defence systems is a maker (the guide's manufacturers), not a system
        (
            "Halvern",
            "Hackers breached Halvern, a German defense systems manufacturer, and leaked its files.",
            Sector.MANUFACTURING,
        ),
        (
            "Ravensholm Courts",
            "Ravensholm Courts said unauthorized activity took its network offline.",
            Sector.LEGAL,
        ),
        (
            "Calderwood Library",
            "The Calderwood Library said its online catalogue was breached.",
            Sector.GOVERNMENT,
        ),
        (
            "Brenmoor University Library",
            "Brenmoor University Library said its online catalogue was breached.",
            Sector.EDUCATION,
        ),
        ("Air Vellora", "Air Vellora warns of an ongoing credential stuffing attack.", Sector.TRANSPORTATION),
        ("Quentish Air", "Hackers breached Quentish Air and stole booking records.", Sector.TRANSPORTATION),
        (
            "Quickodds",
            "A credential stuffing attack hit sports betting biz Quickodds over the weekend.",
            Sector.HOSPITALITY_LEISURE,
        ),
    ],
)
def test_the_head_of_the_victims_description_gives_its_sector(name: str, text: str, sector: Sector) -> None:
    assert _sector(name, text) == [sector]


def test_the_compound_head_is_read_in_the_apposition_itself() -> None:
    # (the description alone, before any sector word near the name: a system is no head)
    text = "Hackers breached Halvern, a German defense systems manufacturer, last week."
    assert sectors.own_sectors("Halvern", text) == [Sector.MANUFACTURING]


def test_a_figure_of_speech_about_betting_names_no_trade() -> None:
    text = "Attackers are betting that Quillon, a software vendor, will pay the ransom."
    assert _sector("Quillon", text) == [Sector.TECHNOLOGY]
