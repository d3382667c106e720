"""A briefing says what happened to the operations as the article says it: postponed, cancelled or
both. The demo's clinic capture says "reportées" only; its post said "reportées ou annulées"."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from veilleur.brief.statements import impact_statements
from veilleur.cli import main
from veilleur.enrich.impacts import find_impacts
from veilleur.models import ImpactRecord, Intel

FRENCH = [
    "La clinique Sainte-Aurore victime d'une cyberattaque",
    "La clinique Sainte-Aurore à Bourg-Fictif a été victime dans la nuit de mercredi à jeudi d'une"
    " cyberattaque par rançongiciel, a annoncé la direction jeudi matin.",
    "Les pirates ont chiffré plusieurs serveurs et réclament une rançon. Par précaution, le service"
    " informatique a coupé l'ensemble des connexions vers l'extérieur, ce qui a fortement ralenti"
    " l'activité de la clinique pendant toute la journée de jeudi.",
    "Les urgences ont été déviées vers l'hôpital régional et les opérations non urgentes prévues"
    " jeudi ont été {done}. La direction a déposé plainte et informé le délégué à la protection des"
    " données.",
]
ENGLISH = [
    "Ransomware attack hits Valmont Regional Hospital",
    "Valmont Regional Hospital, a fictional hospital, was hit by a ransomware attack on Monday night,"
    " the hospital said on Tuesday morning.",
    "The attackers encrypted several servers and demanded a ransom. As a precaution, the IT team shut"
    " down all connections to the outside, which slowed down the work of the hospital for the whole"
    " of Tuesday.",
    "Ambulances were diverted to other hospitals and planned operations were {done}, the local"
    " newspaper reported. The hospital has filed a complaint with the police.",
]


@pytest.fixture
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("VEILLEUR_NOW", "2026-11-30T07:00:00+00:00")
    monkeypatch.delenv("VEILLEUR_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    return CliRunner()


@pytest.mark.parametrize(
    ("paragraphs", "done", "said", "unsaid"),
    [
        (FRENCH, "reportées", "ont été reportées", "annul"),
        (FRENCH, "annulées", "ont été annulées", "report"),
        (FRENCH, "reportées ou annulées", "reportées ou annulées", "xxx"),
        # "reported" is no "reporté": the English sentence says cancelled only.
        (ENGLISH, "cancelled", "ont été annulées", "report"),
        (ENGLISH, "postponed", "ont été reportées", "annul"),
    ],
)
def test_operations_are_postponed_or_cancelled_as_the_article_says(
    runner: CliRunner, tmp_path: Path, paragraphs: list[str], done: str, said: str, unsaid: str
) -> None:
    capture = tmp_path / "capture.txt"
    capture.write_text("\n\n".join(p.format(done=done) for p in paragraphs), encoding="utf-8")
    posted = runner.invoke(main, ["post", str(capture)])
    assert posted.exit_code == 0, posted.output
    soins = [line for line in posted.stdout.splitlines() if "interventions" in line.casefold()]
    assert soins, posted.stdout  # the impact is in the post
    assert any(said in line for line in soins), soins
    assert not any(unsaid in line.casefold() for line in soins), soins


@pytest.mark.parametrize(
    ("text", "point"),
    [
        # The demo's Valmont article: consultations, not operations, and in the emergency sentence.
        (
            "Les urgences ont été déviées vers les hôpitaux voisins et les consultations non urgentes"
            " de lundi ont été reportées.",
            "Report de consultations.",
        ),
        (
            "Les consultations et les opérations prévues à la clinique ont été annulées.",
            "Annulation d'interventions.",
        ),
        ("Les opérations programmées à l'hôpital ont été reportées.", "Report d'interventions."),
    ],
)
def test_consultations_postponed_are_said_as_consultations(text: str, point: str) -> None:
    impacts = [ImpactRecord(kind=i.kind, sentence=i.sentence) for i in find_impacts(text)]
    said = impact_statements(Intel(relevant=True, relevance_score=1.0, impacts=impacts))
    assert [s.point for s in said if s.label == "Soins"] == [point]


@pytest.mark.parametrize(
    "text",
    [
        "After consultations with its lawyers, the company reported the attack to the police.",
        "La consultation publique a été reportée à une date ultérieure.",  # a town's, no care
    ],
)
def test_consultations_elsewhere_are_no_care_postponed(text: str) -> None:
    assert "surgeries_cancelled" not in [i.kind for i in find_impacts(text)]
