"""Words of an attack's sentence that name no victim (kinds of data, a region's people, a former
member, an opening adverb), and an acronym the page uses for a victim's full name without defining it
in brackets. Every sentence is fictional (EN/FR)."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.enrich.victim_admissible import admissible, names_no_one
from veilleur.enrich.victim_descriptions import initials_match
from veilleur.enrich.victim_model import Candidate, candidates, choose
from veilleur.models import Article


def _article(title: str, text: str, lang: str = "en") -> Article:
    return Article(
        url="https://news.example.org/a",
        canonical_url="https://news.example.org/a",
        title=title,
        text=text,
        lang=lang,
    )


@pytest.mark.parametrize(
    "name",
    [
        "Social Security Numbers",
        "Customer Account Information",
        "Patient Records",
        "Eastern European",
        "Southeast Asian",
        "Ex-White House",
        "Former NSA",
        "Ancien Ministre",
        "Typically",
        "Reportedly",
    ],
)
def test_a_kind_of_data_a_people_a_former_member_or_an_adverb_is_never_a_victim(name: str) -> None:
    candidate = Candidate(name, f"{name} were hit by the attack.", features={"rule:before", "lang:en"})
    assert not admissible(candidate)


@pytest.mark.parametrize(
    "name", ["National Public Data", "Kimberly Quennell", "Quillon Records Group", "Italy Post"]
)
def test_names_that_end_or_start_like_those_words_stay_admissible(name: str) -> None:
    candidate = Candidate(name, f"{name} was hit by the attack.", features={"rule:before", "lang:en"})
    assert admissible(candidate)


def test_stolen_data_kinds_are_not_victims_the_breached_firm_is() -> None:
    article = _article(
        "Quillon Bank breach exposed Social Security Numbers",
        "Quillon Bank was breached last week. Hackers stole Social Security Numbers and Driver License "
        "Numbers of 40,000 customers, the bank confirmed.",
    )
    names = [v.name for v in enrich(article).victims]
    assert "Quillon Bank" in names
    assert not [n for n in names if n.endswith("Numbers")]


@pytest.mark.parametrize(
    ("acronym", "names", "full"),
    [
        ("M&S", ["Marks and Spencer", "Co-op"], "Marks and Spencer"),
        ("QFL", ["Quillon Freight Lines", "Brelmont"], "Quillon Freight Lines"),
        ("CRM", ["Caisse Régionale de Morvelle"], "Caisse Régionale de Morvelle"),
        ("MS", ["Microsoft"], ""),  # one word spells no acronym
        ("QB", ["Quillon Bank", "Quarry Bureau"], ""),  # two names spell it: none is chosen
    ],
)
def test_an_acronym_is_the_one_name_whose_initials_it_spells(
    acronym: str, names: list[str], full: str
) -> None:
    assert initials_match(acronym, names) == full


def test_an_undefined_acronym_of_the_headline_is_its_full_name_in_english_and_french() -> None:
    found = candidates(
        "QFL restores systems after ransomware attack",
        "Quillon Freight Lines said on Monday that QFL had restored its systems after a ransomware "
        "attack hit its depots.",
    )
    keys = {c.name for c in found}
    assert "QFL" not in keys
    full = next(c for c in found if c.name == "Quillon Freight Lines")
    assert "at:title" in full.features  # the acronym's headline mention counts for the full name
    french = candidates(
        "La CRM victime d'une cyberattaque",
        "La Caisse Régionale de Morvelle a été victime d'une cyberattaque. La CRM a porté plainte.",
        "fr",
    )
    assert "CRM" not in {c.name for c in french}
    assert any(c.name == "Caisse Régionale de Morvelle" and "at:title" in c.features for c in french)


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        # a compound whose last part is a lower-case word: a description, not a name
        ("Post-ransomware", "en"),
        ("AI-generated", "en"),
        ("Harbourside-area", "en"),
        ("Kremlin-friendly", "en"),
        ("Cyber-attaque", "fr"),
        ("Gemeente-systemen", "nl"),
        ("KI-generierte", "de"),
        # a sector, not an organisation
        ("Quorvane Sector", "en"),
        ("Energy Sector", "en"),
        ("Santé Secteur", "fr"),
        ("Zorg Sectoren", "nl"),
        ("Gesundheit Sektor", "de"),
        # a possessive determiner opens a phrase of a quoted line, not a name
        ("Your", "en"),
        ("Your Mobile Provider", "en"),
        ("Votre Compte", "fr"),
        ("Uw Gegevens", "nl"),
        ("Ihre Daten", "de"),
    ],
)
def test_a_description_a_sector_or_a_possessive_phrase_is_never_a_victim(name: str, lang: str) -> None:
    assert names_no_one(name)
    model = {"bias": 3.0, "weights": {}, "threshold": 0.7}  # every admissible candidate is likely
    found = [Candidate(name, f"{name} was hit by the attack.", features={"rule:before", f"lang:{lang}"})]
    assert choose(found, model) == []


@pytest.mark.parametrize(
    "name",
    ["Coca-Cola", "T-Mobile", "Co-op", "Chick-fil-A", "Île-de-France Mobilités", "Sector Alarm", "Ouroboros"],
)
def test_capitalised_compounds_and_names_that_start_like_a_sector_stay_admissible(name: str) -> None:
    assert not names_no_one(name)
    model = {"bias": 3.0, "weights": {}, "threshold": 0.7}
    found = [Candidate(name, f"{name} was hit by the attack.", features={"rule:before", "lang:en"})]
    assert [c.name for c in choose(found, model)] == [name]


@pytest.mark.parametrize(
    ("title", "text", "lang", "victim", "not_victims"),
    [
        (
            "Post-ransomware, Quellbrook Hospital warns staff their data was accessed",
            "Quellbrook Hospital told employees on Monday that attackers accessed their personal data "
            "during the ransomware attack of last month.",
            "en",
            "Quellbrook Hospital",
            {"Post-ransomware"},
        ),
        (
            "« Vos données sont entre nos mains » : la société Brevanor victime d'une cyberattaque",
            "La société Brevanor a été victime d'une cyberattaque, et les pirates ont écrit à ses clients : "
            "« Vos données sont entre nos mains ».",
            "fr",
            "Brevanor",
            {"Vos", "Vos données"},
        ),
        (
            "Hackers treffen de zorgsector: ziekenhuis Melvoort getroffen door cyberaanval",
            "Ziekenhuis Melvoort werd getroffen door een cyberaanval. De Zorg Sectoren zijn gewaarschuwd.",
            "nl",
            "Ziekenhuis Melvoort",
            {"Zorg Sectoren"},
        ),
    ],
)
def test_an_article_names_its_victim_not_the_descriptions_around_it(
    title: str, text: str, lang: str, victim: str, not_victims: set[str]
) -> None:
    names = {v.name for v in enrich(_article(title, text, lang)).victims}
    assert victim in names or any(victim.endswith(n) or n.endswith(victim) for n in names)
    assert not names & not_victims
