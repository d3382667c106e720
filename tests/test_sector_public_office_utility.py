"""Names that say a victim's sector or country by their shape (labelling guide §5): a public office
whose domain is a trade ("Office of Information Technology") is government; a utility named by what
it supplies ("X Power", "X Aqueduct and Sewer Authority") energy; an NHS body British; a well-known
firm under its legal form or its own trade's word ("X Corporation", "X Bank") keeps its country; a
firm the recogniser calls a person but the text describes as a firm is no individual. Texts and
unknown names fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.enrich.sector_words import known_country, name_sectors
from veilleur.enrich.victim_sectors import sector_of_victim
from veilleur.models import Article, Sector


def _victims(title: str, text: str) -> dict[str, tuple[list[Sector], list[str]]]:
    url = "https://news.example/2026/05/incident"
    intel = enrich(Article(url=url, canonical_url=url, title=title, text=text, lang="en"))
    return {v.name: (v.sectors, v.countries) for v in intel.victims}


@pytest.mark.parametrize(
    "name",
    [
        "Harbourshire Office of Information Technology",
        "Agency for Digital Services",
        "Office of Data Analytics",
    ],
)
def test_a_public_office_named_after_a_trade_is_government(name: str) -> None:
    assert name_sectors(name)[0] == Sector.GOVERNMENT


@pytest.mark.parametrize(
    ("name", "sector"),
    [
        ("Ministry of Health", Sector.GOVERNMENT),
        # (an institution of its own after the preposition keeps its own head)
        ("University of Ostrava Hospital", Sector.HEALTHCARE),
        ("Department of Veterans Affairs Medical Center", Sector.HEALTHCARE),
    ],
)
def test_a_domain_that_is_an_institution_keeps_its_head(name: str, sector: Sector) -> None:
    assert name_sectors(name)[0] == sector


@pytest.mark.parametrize(
    "name",
    [
        "Kelso Valley Power",
        "Marren Power & Light",
        "Marren Power Authority",
        "Lakeside Aqueduct and Sewer Authority",
    ],
)
def test_a_utility_named_by_what_it_supplies_is_energy(name: str) -> None:
    assert name_sectors(name) == [Sector.ENERGY]


@pytest.mark.parametrize("name", ["Power Lending Bank", "Miriam Power"])
def test_power_of_another_trade_or_a_person_is_no_utility(name: str) -> None:
    assert Sector.ENERGY not in name_sectors(name)


def test_an_undescribed_utility_victim_is_energy_not_the_default() -> None:
    victims = _victims(
        "Kelso Valley Power discloses data breach after intrusion",
        "Kelso Valley Power said attackers accessed customer records in an intrusion in March.",
    )
    assert victims["Kelso Valley Power"][0] == [Sector.ENERGY], victims


def test_an_nhs_trust_is_british() -> None:
    victims = _victims(
        "Ransomware disrupts Ferncombe Hospitals NHS Foundation Trust",
        "Ferncombe Hospitals NHS Foundation Trust cancelled operations after a ransomware attack "
        "encrypted its servers on Monday.",
    )
    sectors, countries = victims["Ferncombe Hospitals NHS Foundation Trust"]
    assert (sectors[:1], countries) == ([Sector.HEALTHCARE], ["GB"]), victims


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Centene Corporation", "US"),
        ("Santander Bank", "ES"),
        ("Ascension Health", "US"),
        ("Telstra Ltd", "AU"),
    ],
)
def test_a_known_firm_under_its_legal_form_or_trade_word_keeps_its_country(name: str, country: str) -> None:
    assert known_country(name) == country


@pytest.mark.parametrize("name", ["Orange County", "Apple Bank", "Ford Foundation", "Vodafone Idea"])
def test_a_known_name_before_another_trade_is_another_body(name: str) -> None:
    assert known_country(name) is None


def test_a_firm_known_only_from_its_breach_news_gets_no_country_from_the_list() -> None:
    # (GUIDE.md: a country from common knowledge of a household name only)
    assert known_country("MediSecure") is None
    assert known_country("Episource") is None


def test_a_firm_the_recogniser_calls_a_person_is_what_the_text_describes() -> None:
    text = "Texas oilfield supplier Brandon Kettleby said ransomware encrypted its servers last week."
    found = sector_of_victim("Brandon Kettleby", text, "", "PERSON", text, True)
    assert found[:1] == [Sector.ENERGY]


def test_a_person_described_by_a_role_stays_an_individual() -> None:
    text = "Freelance reporter Brandon Kettleby said scammers emptied his savings account."
    found = sector_of_victim("Brandon Kettleby", text, "", "PERSON", text, True)
    assert found == [Sector.INDIVIDUALS]
