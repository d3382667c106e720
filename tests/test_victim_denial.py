"""A firm that denies being hit ("X says no", "X denies it was breached") is left out when victims
are chosen; a firm that confirms it stays. Every name is fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich.victim_model import candidates, choose

LEAD = (
    "Dozens of Norvexa users posted screenshots of logins they did not make. Norvexa said it was aware "
    "of a bug that shows wrong login dates."
)


@pytest.mark.parametrize(
    "title",
    [
        "“Norvexa cameras hacked”? Norvexa says no, users not so sure",
        "Norvexa denies it was breached after hackers leak files",
    ],
)
def test_a_firm_that_denies_being_hit_is_no_victim(title: str) -> None:
    assert "Norvexa" not in [c.name for c in choose(candidates(title, LEAD))]


def test_a_firm_that_confirms_stays_a_victim() -> None:
    names = [c.name for c in choose(candidates("Norvexa confirms data breach after cameras hacked", LEAD))]
    assert "Norvexa" in names
