"""What a victim did after the attack, as French hospital articles say it (the demo's inputs):
a complaint and a notification in one sentence, and "no patient data taken" said two ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from veilleur.brief.statements import response_statements
from veilleur.cli import main
from veilleur.enrich.response import find_response
from veilleur.models import Intel

DEMO = Path(__file__).resolve().parents[1] / "src" / "veilleur" / "demo" / "site"


def _kinds(text: str) -> dict[str, str]:
    return {record.kind: record.amount for record in find_response(text)}


def test_complaint_and_notification_in_one_sentence() -> None:
    found = _kinds(
        "La direction a déposé plainte et prévenu le centre national de cybersécurité ainsi que "
        "l'autorité de protection des données."
    )
    assert found == {
        "complaint": "",
        "notified": "le centre national de cybersécurité|l'autorité de protection des données",
    }
    found = _kinds("La direction a déposé plainte et informé le délégué à la protection des données.")
    assert found["notified"] == "le délégué à la protection des données (DPO)"


def test_a_complaint_with_the_police_is_no_notification() -> None:
    assert _kinds("Une plainte a été déposée auprès de la police, qui a été informée.") == {"complaint": ""}
    assert _kinds("La CNIL a été informée.") == {"notified": "la CNIL"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Elle affirme qu'aucune donnée de patient n'a été dérobée à ce stade de l'enquête.",
        "À ce stade, rien n'indique que des données de patients aient été dérobées, précise l'hôpital.",
    ],
)
def test_no_patient_data_taken(sentence: str) -> None:
    assert _kinds(sentence) == {"no_data_taken": "patient"}


def test_rien_n_indique_needs_a_theft_verb() -> None:
    assert _kinds("Rien n'indique que des données de patients aient été consultées hier.") == {}


def test_intel_prints_codes_and_the_response(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VEILLEUR_STORE_URL", f"sqlite:///{tmp_path / 'v.db'}")
    monkeypatch.chdir(tmp_path)
    shown = CliRunner().invoke(main, ["intel", str(DEMO / "captures" / "clinique-sainte-aurore.txt")])
    assert shown.exit_code == 0, shown.output
    assert "victim: Clinique Sainte-Aurore sectors=healthcare countries=-" in shown.output
    assert "<Sector" not in shown.output
    assert "response notified: La direction a déposé plainte et informé le délégué" in shown.output
    assert "response no_data_taken: Elle affirme qu'aucune donnée de patient" in shown.output


def test_unnamed_authorities_after_the_verb() -> None:
    found = _kinds("La mairie a signalé l'incident aux autorités et envisage de déposer plainte.")
    assert found["notified"] == "les autorités"
    assert _kinds("The company notified the relevant authorities.") == {"notified": "les autorités"}
    assert "notified" not in _kinds("Les autorités ont informé la population d'une panne.")
    assert "notified" not in _kinds("La mairie a signalé une panne aux habitants.")


def _said(text: str) -> list[tuple[str, str, str]]:
    intel = Intel(relevant=True, relevance_score=1.0, response=find_response(text))
    return [(s.label, s.point, s.sentence) for s in response_statements(intel)]


def test_every_authority_informed_and_whose_data_the_briefing_says() -> None:
    said = _said(
        "La direction de l'hôpital fictif a prévenu l'ANSSI ainsi que la CNIL et le délégué à la "
        "protection des données. Rien n'indique que des données de patients aient été dérobées."
    )
    assert said == [
        (
            "Notification",
            "Information de l'ANSSI, de la CNIL et du délégué à la protection des données (DPO).",
            "L'incident a été signalé à l'ANSSI, à la CNIL et au délégué à la protection des données (DPO).",
        ),
        (
            "Données",
            "Aucun vol de données de patients constaté.",
            "Aucune donnée de patient n'aurait été dérobée.",
        ),
    ]
    assert (
        _said("Aucune donnée médicale n'a été dérobée.")[0][2]
        == "Aucune donnée médicale n'aurait été dérobée."
    )
    assert _said("No customer data was stolen.")[0][1] == "Aucun vol de données de clients constaté."
    assert (
        _said("Aucune donnée personnelle n'a été volée.")[0][2]
        == "Aucune donnée personnelle n'aurait été dérobée."
    )
    assert _said("Aucune donnée n'a été volée.")[0][1] == "Aucun vol de données constaté."
