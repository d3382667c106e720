"""French and Dutch hospitals as victims: the shapes of their names ("AZ X", "CHU de X", "CH de X",
"Clinique X", "ziekenhuis X", "Hôpital X") and the ways a lead says they were attacked (the attack
after the name as the cause of what it did, "incident de cybersécurité à l'hôpital X"). The texts
are fictional."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import shared_path

from veilleur.cli import main
from veilleur.enrich import enrich
from veilleur.enrich.victims import find_victims
from veilleur.models import Article, Sector


def article(title: str, text: str) -> Article:
    url = "https://news.example/2026/01/a"
    return Article(url=url, canonical_url=url, title=title, text=text, lang="fr")


@pytest.mark.parametrize(
    ("title", "lead", "victim"),
    [
        # The attack as the cause, at the end of the clause whose subject is the hospital.
        (
            "Incident informatique dans un hôpital flamand",
            "L'hôpital AZ Valkenhof, situé en Belgique, a dû suspendre ses activités suite à une cyberattaque.",
            "AZ Valkenhof",
        ),
        (
            "Des opérations annulées",
            "Le CHU de Montrevel annule des opérations après une attaque informatique survenue lundi.",
            "CHU de Montrevel",
        ),
        (
            "Opérations reportées",
            "Le CH de Bréval a dû reporter des opérations en raison d'une cyberattaque nocturne.",
            "CH de Bréval",
        ),
        (
            "Spoeddienst beperkt",
            "Het ziekenhuis Sint-Aldegonde annuleerde operaties na een cyberaanval.",
            "Ziekenhuis Sint-Aldegonde",
        ),
        # The attack, then the hospital after "à", "au", "in".
        (
            "Incident de cybersécurité à l'hôpital AZ Lindenhof",
            "Les urgences fonctionnent au ralenti.",
            "AZ Lindenhof",
        ),
        ("Cyberattaque au CHU de Valmorin", "Les urgences fonctionnent au ralenti.", "CHU de Valmorin"),
        ("Cyberaanval in AZ Meerdaal", "De spoeddienst werkt op halve kracht.", "AZ Meerdaal"),
        # French attack verbs after the name.
        (
            "Une clinique visée",
            "La Clinique Beauregard a subi un piratage de ses serveurs ce week-end.",
            "Clinique Beauregard",
        ),
        (
            "Un hôpital touché",
            "L'Hôpital Saint-Anselme fait face à une cyberattaque depuis dimanche.",
            "Hôpital Saint-Anselme",
        ),
    ],
)
def test_french_and_dutch_hospital_shapes_are_read_as_victims(title: str, lead: str, victim: str) -> None:
    assert victim in find_victims(f"{title}\n{lead}")


def test_a_hospital_the_recogniser_calls_a_place_is_still_the_victim() -> None:
    # No trigger rule is needed: "Hôpital X" opens with an institution word, so the place label the
    # recogniser gives such names does not veto it, and "l'hôpital AZ X" is named "AZ X".
    record = enrich(
        article(
            "Incident de cybersécurité à l'hôpital AZ Korenbloem",
            "L'hôpital AZ Korenbloem, situé en Belgique, a dû suspendre ses activités informatiques et annuler "
            "les interventions prévues suite à une cyberattaque. Sept patients ont été transférés.",
        )
    )
    assert [v.name for v in record.victims] == ["AZ Korenbloem"]
    assert record.victims[0].sectors == [Sector.HEALTHCARE] and record.victims[0].countries == ["BE"]


@pytest.mark.parametrize(
    "text",
    [
        # A cause clause whose subject is no organisation, and a place after "cyberattaque à".
        "Cyberattaque à Paris\nLes urgences fonctionnent au ralenti.",
        "Rapport annuel\nLes hôpitaux ont renforcé leur sécurité après une cyberattaque en 2024.",
    ],
)
def test_places_and_plural_nouns_are_not_victims(text: str) -> None:
    assert find_victims(text) == []


def test_seed_002_names_the_belgian_hospital(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    seed = shared_path("seeds", "002_adc01891abe41631.txt")
    result = CliRunner().invoke(main, ["intel", str(seed), "--json"])
    assert result.exit_code == 0, result.output
    intel = json.loads(result.stdout)
    assert [v["name"] for v in intel["victims"]] == ["AZ Monica"]
    assert intel["victims"][0]["sectors"] == ["healthcare"] and intel["victims"][0]["countries"] == ["BE"]
    # A cyberattack with no more said of it than an unconfirmed ransom (GUIDE.md: "attack type unknown").
    assert intel["category"] in {"other", "ransomware"}
