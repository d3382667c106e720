"""A coined name the galaxies hold, as the subject of its own return ("X is back", "X returns",
"X resurfaces"), is a threat even when nothing else in the headline says so: news say that of a
group or a family. A service back online is no threat's return. The sentences are ours; the names
are the galaxies' (the rule reads their index)."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


def _names(text: str) -> list[str]:
    actors, malware = find_threats(text)
    return [t.name for t in actors + malware]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kimsuky is back: what changed after three quiet years\n", "Kimsuky"),
        ("Turla resurfaces after a long silence\n", "Turla"),
        ("Sandworm re-emerges in a new region\n", "Sandworm"),
    ],
)
def test_a_galaxy_name_that_returns_is_a_threat(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_service_back_online_is_no_threat() -> None:
    assert "Zimbra" not in _names("Zimbra is back online after the weekend outage\n")


def test_a_galaxy_name_alone_in_a_headline_stays_unsure() -> None:
    assert "Kimsuky" not in _names("Kimsuky: what changed after three quiet years\n")
