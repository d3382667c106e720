"""Recognition kinds that kept two reports of one event apart (bench/stories.py --part dev2 --misses):
a country written as a dotted abbreviation ("U.K.", French "R.-U."), a product or feature an attack
aimed at read as the victim. All names are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.enrich.geo import find_countries
from veilleur.enrich.victim_model import Candidate, admissible
from veilleur.models import Article


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("New U.K. Law Bans Default Passwords on Fictional Gadgets", ["GB"]),
        ("The U.K.'s agency and the U.S. bureau warned of Quarnebot.", ["GB", "US"]),
        ("Une loi du R.-U. interdit les mots de passe par défaut des objets Quarne.", ["GB"]),
        ("Les É.-U. accusent le groupe Quarne, la loi du R.-U. aussi.", ["US", "GB"]),
        ("Les E.-U. sanctionnent la société fictive Quarne.", ["US"]),
    ],
)
def test_a_country_abbreviated_with_dots_is_that_country(text: str, codes: list[str]) -> None:
    assert sorted(find_countries(text)) == sorted(codes)


def test_the_union_abbreviated_is_no_country() -> None:
    assert find_countries("The E.U. fined Quarne Bank.") == []


def _candidate(name: str, sentence: str) -> Candidate:
    return Candidate(name, sentence, label="ORG", features={"lang:en", "ent:ORG", "at:lead", "rule:after"})


@pytest.mark.parametrize(
    ("name", "sentence"),
    [
        (
            "Customer Identity Cloud",
            "Quarnesoft warns of credential stuffing attacks targeting Customer Identity Cloud.",
        ),
        (
            "Cross-Origin Authentication",
            "Attacks targeting the Cross-Origin Authentication feature of Quarnesoft.",
        ),
        ("Tessa Partner Portal", "Une campagne d'hameçonnage vise Tessa Partner Portal, selon Quarnesoft."),
        ("Plateforme Valmont", "Des attaques par bourrage d'identifiants ciblent la Plateforme Valmont."),
    ],
)
def test_a_product_an_attack_aimed_at_is_no_victim(name: str, sentence: str) -> None:
    assert not admissible(_candidate(name, sentence))


@pytest.mark.parametrize(
    ("name", "sentence"),
    [
        ("Corvel Cloud", "Corvel Cloud was breached and customer data stolen."),
        ("Tessa Partner Portal", "Le piratage de Tessa Partner Portal a exposé des données."),
        ("Quarne Health Service", "Quarne Health Service was hit by ransomware."),
    ],
)
def test_a_product_said_to_be_breached_and_a_service_stay(name: str, sentence: str) -> None:
    assert admissible(_candidate(name, sentence))


def test_the_vendor_not_its_cloud_product_is_the_victim_of_the_report() -> None:
    title = "Quarnesoft Warns of Credential Stuffing Attacks Targeting Customer Identity Cloud"
    text = f"{title}\nQuarnesoft warned that its Customer Identity Cloud was targeted by credential stuffing attacks."
    url = "https://news.example.org/a"
    article = Article(url=url, canonical_url=url, title=title, text=text, lang="en")
    assert "Customer Identity Cloud" not in [v.name for v in enrich(article).victims]
