"""A firm named after the state it works for is no public body (labelling guide §5: the victim's own
activity): "Government contractor X", "federal vendor X" sell services to the state; "Federal" alone
in a firm's name ("X Federal") is an adjective, while a body of the state has its own noun ("Federal
Bureau of X"). A defence contractor stays defence. The names and texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.victim_sectors import sector_of_victim
from veilleur.models import Sector


def _first(name: str, text: str) -> Sector | None:
    found = sector_of_victim(name, text, "", None, text, True)
    return found[0] if found else None


@pytest.mark.parametrize(
    "text",
    [
        "Government contractor Dorvane disclosed a data breach affecting millions.",
        "Hackers breached federal contractor Dorvane last year.",
        "Dorvane, a government IT contractor, was breached in May.",
    ],
)
def test_a_contractor_of_the_state_is_not_the_state(text: str) -> None:
    assert _first("Dorvane", text) == Sector.TECHNOLOGY


def test_a_defence_contractor_stays_defence() -> None:
    assert _first("Dorvane", "Hackers breached defense contractor Dorvane last year.") == Sector.DEFENSE


def test_federal_in_a_firm_name_gives_way_to_its_description() -> None:
    text = "US Bitcoin ATM operator Coinvale Federal suffered a data breach."
    assert _first("Coinvale Federal", text) == Sector.FINANCIAL_SERVICES


@pytest.mark.parametrize("name", ["Federal Bureau of Records", "Federal Office for Roads"])
def test_a_federal_body_with_its_own_noun_is_the_state(name: str) -> None:
    text = f"Ransomware hit the {name}, a logistics hub for the ministry, in March."
    assert _first(name, text) == Sector.GOVERNMENT
