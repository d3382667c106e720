"""Three shapes of headline and lead (bench/data/intel/GUIDE.md §4), fictional sentences:
researchers showing that a product's protection can be defeated have found its flaw (`vulnerability`);
flaws counted as a class by a share or a change are statistics (`research-tooling`), unlike one flaw
or a vendor's patches; a break-in told by its verb ("broke into", "hijacked") is an attack, whose
government setting is no policy."""

from __future__ import annotations

import pytest

from veilleur.enrich.category import categorise
from veilleur.enrich.category_defeat import protection_defeated
from veilleur.enrich.category_figures import flaw_statistics
from veilleur.models import Category

# A lead long enough that its kind needs no confirmation from the rest, then words of no kind.
_REST = " The team presented the work at a conference in the spring." * 8


@pytest.mark.parametrize(
    "lead",
    [
        "Researchers have shown that the memory guard of Contoso's chips can be bypassed with a cheap probe.",
        "Academics found a way to undermine the signing checks of the Northwind firmware.",
        "Des chercheurs montrent que le coffre de Fabrikam peut être contourné en quelques minutes.",
        "Forscher zeigen, dass der Schutz des Contoso-Routers umgangen werden kann.",
        "Onderzoekers tonen aan dat de beveiliging van de Northwind-app kan worden omzeild.",
    ],
)
def test_researchers_defeating_a_protection_found_a_flaw(lead: str) -> None:
    assert protection_defeated(lead)
    assert (
        categorise("Contoso's vault tech undone by a ten-dollar gadget", lead + _REST)
        == Category.VULNERABILITY
    )


@pytest.mark.parametrize(
    "lead",
    [
        # researchers with no defeat are research; a defeat with no researcher is a law's or an attacker's
        "Researchers have published a new method to measure the energy use of data centres.",
        "Lawmakers want rules that could undermine the encryption of messaging apps.",
    ],
)
def test_no_finders_or_no_defeat(lead: str) -> None:
    assert not protection_defeated(lead)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Most of last year's exploited vulnerabilities were zero-days", Category.RESEARCH_TOOLING),
        ("Memory-safe code cuts Contoso OS vulnerabilities by 60%", Category.RESEARCH_TOOLING),
        ("More than 30% of zero-day exploits reuse older bugs", Category.RESEARCH_TOOLING),
        # one flaw measured, a vendor's patches: the flaw
        ("Critical Contoso vulnerability still affects 12% of servers", Category.VULNERABILITY),
        ("Contoso patches 64 flaws, most of them critical", Category.VULNERABILITY),
    ],
)
def test_flaws_counted_as_a_class(title: str, expected: Category) -> None:
    assert categorise(title, "") == expected


def test_a_share_of_one_flaw_is_no_statistic() -> None:
    assert not flaw_statistics("Half of Northwind's servers still open to the flaw")


@pytest.mark.parametrize(
    "title",
    [
        "Tax office: crooks broke into 50k accounts and made off with refunds",
        "Ministry campaign website hijacked to advertise casino offers",
    ],
)
def test_a_break_in_verb_is_an_attack_not_policy(title: str) -> None:
    lead = "The government told Parliament on Wednesday that the ministry is looking into what happened."
    assert categorise(title, lead) != Category.POLICY_REGULATION
