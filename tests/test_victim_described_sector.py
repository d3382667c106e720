"""A victim's sector from how the article describes that name anywhere in it (labelling guide §5):
appositions ("X, Australia's largest health insurer"), a sector noun before the name ("l'hôpital
X", "ziekenhuis X"), copulas ("X is a hospital group", "X est un assureur santé") and, for an
article's sole victim, its definite descriptions ("the insurer said", "l'établissement de
santé") — read before the sector words that merely stand near the name. The texts are fictional."""

from __future__ import annotations

import importlib

import pytest

from veilleur.models import Article, Sector

# `veilleur.enrich` exports a function of the module's name: the module itself, by its path.
sectors = importlib.import_module("veilleur.enrich.victim_sectors")

# The name's own sentence speaks of technology; the description is elsewhere in the article.
_TECH_LEAD = "{name} hit by ransomware that spread through its online software platform."


@pytest.mark.parametrize(
    ("name", "description"),
    [
        ("Norvale", "Norvale, Australia's largest health insurer, said it would not pay."),
        ("Norvale", "The breach was confirmed by health insurer Norvale on Friday."),
        ("Norvale", "Norvale is a hospital group with twelve sites."),
        ("Norvale", "Norvale, a chain of care homes in Kent, told families."),
        ("Norvale", "Norvale, the region's main pathology laboratory, warned patients."),
        ("Ormelis", "Ormelis, premier assureur santé du pays, a porté plainte."),
        ("Ormelis", "Les urgences de l'hôpital Ormelis ont été fermées."),
        ("Ormelis", "Ormelis est un assureur santé basé à Lyon."),
        ("Ormelis", "Ormelis est une pharmacie en ligne de Lille."),
        ("Sint-Remi", "Volgens het ziekenhuis Sint-Remi liggen de systemen plat."),
        ("Sankt Elm", "Der Betreiber Sankt Elm ist ein Pflegeheim in Kassel."),
    ],
)
def test_the_articles_description_gives_the_sector(name: str, description: str) -> None:
    text = f"{_TECH_LEAD.format(name=name)} Other news follows.\n{description}"
    assert sectors.sector_of_victim(name, text, "", "ORG", text)[:1] == [Sector.HEALTHCARE]


@pytest.mark.parametrize(
    "later",
    [
        "The insurer said health insurance claims were delayed.",
        "The hospital said that surgery was postponed.",
        "L'établissement de santé a porté plainte.",
        "Het ziekenhuis meldt dat de systemen plat liggen.",
        "Das Krankenhaus meldete den Angriff.",
    ],
)
def test_a_sole_victims_definite_description_gives_the_sector(later: str) -> None:
    text = f"{_TECH_LEAD.format(name='Norvale')} Other news follows.\n{later}"
    assert sectors.sector_of_victim("Norvale", text, "", "ORG", text, sole=True) == [Sector.HEALTHCARE]
    # With several victims, "the hospital" may be any of them: the name's own words decide.
    assert sectors.sector_of_victim("Norvale", text, "", "ORG", text, sole=False) == [Sector.TECHNOLOGY]


def test_a_capitalised_noun_after_the_is_a_names() -> None:
    text = f"{_TECH_LEAD.format(name='Norvale')} Researchers at the University of Korvin found it."
    assert Sector.EDUCATION not in sectors.sector_of_victim("Norvale", text, "", "ORG", text, sole=True)


def test_a_bare_insurer_is_financial_without_health_insurance() -> None:
    text = "Crandell Mutual hit by ransomware. The insurer said car policies were not affected."
    assert sectors.sector_of_victim("Crandell Mutual", text, "", "ORG", text, sole=True)[:1] == [
        Sector.FINANCIAL_SERVICES
    ]


def test_enrich_reads_the_insurer_of_a_sole_victim() -> None:
    from veilleur.enrich import enrich

    url = "https://news.example/2026/02/norvale"
    title = "Norvale confirms ransomware attack on its online platform"
    lead = (
        "Norvale said hackers stole customer data from its online platform. "
        "The insurer said health insurance claims would be delayed and it would not pay the ransom."
    )
    intel = enrich(Article(url=url, canonical_url=url, title=title, text=lead, lang="en"))
    victims = [v for v in intel.victims if v.name == "Norvale"]
    assert victims, intel.victims
    assert victims[0].sectors[:1] == [Sector.HEALTHCARE]
