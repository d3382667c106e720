"""Words that look like a sector's and are not the victim's (fictional text): a victim's cyber
insurance makes it no insurer, "a threat actor" after its comma no person's role, the lead's talk
of governments no undescribed victim's sector; an investment platform is a financial firm, a
diagnostics center of health; and a body named after its domain is what its own noun says
("Ministry of Health" is a ministry)."""

from __future__ import annotations

from veilleur.enrich import sector_words
from veilleur.enrich.sector_words import head_sectors
from veilleur.enrich.victim_sectors import own_sectors, page_sector, sector_of_victim
from veilleur.models import Sector


def test_a_victims_cyber_insurance_makes_it_no_insurer() -> None:
    text = (
        "Doughnut maker hit\n"
        "The attack on Pralinex disrupted orders. Pralinex says it has cybersecurity insurance to cover the costs."
    )
    assert Sector.FINANCIAL_SERVICES not in sector_of_victim("Pralinex", text, "", None, text)


def test_a_threat_actor_after_the_comma_is_no_role_of_the_victim() -> None:
    text = (
        "Italian carmaker Venturo warns customers\n"
        "We regret to inform you of a cyber incident at Venturo, where a threat actor accessed some systems."
    )
    assert own_sectors("Venturo", text)[:1] == [Sector.MANUFACTURING]


def test_an_investment_platform_is_a_financial_firm() -> None:
    text = "Canadian investment platform Pelluna disclosed a data breach."
    assert own_sectors("Pelluna", text)[:1] == [Sector.FINANCIAL_SERVICES]


def test_the_leads_talk_of_governments_gives_no_victim_its_sector() -> None:
    text = (
        "Government warns after breach\n"
        "The government said federal investigators and a government agency were looking into the leak "
        "at Stavlo, whose data appeared on a forum."
    )
    assert page_sector(text) == []


def test_a_diagnostics_center_is_of_health() -> None:
    assert head_sectors("Orlin Diagnostics Center")[:1] == [Sector.HEALTHCARE]


def test_a_body_named_after_its_domain_is_of_its_own_noun() -> None:
    name_sectors = sector_words.name_sectors
    assert name_sectors("Ministry of Health")[:1] == [Sector.GOVERNMENT]
    assert name_sectors("Department for Education")[:1] == [Sector.GOVERNMENT]
    assert name_sectors("Valmont State Department of Transportation")[:1] == [Sector.GOVERNMENT]
    # (a complement that is a name of its own keeps its head)
    assert name_sectors("University of Dorland Medical Center")[:1] == [Sector.HEALTHCARE]
